package io.gongxin;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

import sun.misc.Signal;

/**
 * GongXin (公信), a public credit information platform.
 */
@SpringBootApplication
@Modulithic(systemName = "GongXin")
@ConfigurationPropertiesScan
@EnableScheduling
public class GongxinApplication {

	public static void main(String[] args) {
		stopCleanlyOnTerm();
		SpringApplication.run(GongxinApplication.class, args);
	}

	/**
	 * SIGTERM is how operators, systemd and container runtimes ask the platform to stop,
	 * and it then shuts down gracefully (requests finish, the embedded database stops
	 * last). The JVM would still report that as a death by signal (exit code 143), which
	 * {@code ./mvnw spring-boot:run} turns into a BUILD FAILURE; a requested and
	 * completed stop is a success, so the shutdown runs through {@code System.exit(0)}
	 * instead. The shutdown hooks are the same either way, and an explicit exit code (a
	 * failed command) is untouched.
	 */
	static void stopCleanlyOnTerm() {
		try {
			Signal.handle(new Signal("TERM"), signal -> System.exit(0));
		}
		catch (IllegalArgumentException ex) {
			// the JVM runs with -Xrs or the platform has no SIGTERM: keep its default
		}
	}

}
