package io.gongxin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * GongXin (公信), a public credit information platform.
 */
@SpringBootApplication
@Modulithic(systemName = "GongXin")
@ConfigurationPropertiesScan
@EnableScheduling
public class GongxinApplication {

	public static void main(String[] args) {
		SpringApplication.run(GongxinApplication.class, args);
	}

}
