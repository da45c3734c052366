package io.gongxin.portal.internal;

import java.time.Clock;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	@Bean
	SearchRateLimiter searchRateLimiter(@Value("${gongxin.portal.search.burst:60}") int burst,
			@Value("${gongxin.portal.search.per-second:10}") double perSecond, Clock clock) {
		return new SearchRateLimiter(burst, perSecond, clock);
	}

	/** Before security, so a flood is turned away before any work is done for it. */
	@Bean
	FilterRegistrationBean<SearchRateLimitFilter> searchRateLimitFilter(SearchRateLimiter limiter, JsonMapper json) {
		FilterRegistrationBean<SearchRateLimitFilter> registration = new FilterRegistrationBean<>(
				new SearchRateLimitFilter(limiter, json));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
