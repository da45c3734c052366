package io.gongxin.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Imports a {@link SettableClock} as the platform's clock, for tests that move time. */
@TestConfiguration(proxyBeanMethods = false)
public class SettableTime {

	@Bean
	@Primary
	SettableClock settableClock() {
		return new SettableClock();
	}

}
