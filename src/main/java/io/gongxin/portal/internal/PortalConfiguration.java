package io.gongxin.portal.internal;

import java.time.Clock;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	/** The portal's search page and the public search APIs. */
	static final Set<String> SEARCH_PATHS = Set.of("/portal/search", "/api/public/search", "/api/public/subjects");

	/** Before security, so a flood is turned away before any work is done for it. */
	@Bean
	FilterRegistrationBean<RateLimitFilter> searchRateLimitFilter(@Value("${gongxin.portal.search.burst:60}") int burst,
			@Value("${gongxin.portal.search.per-second:10}") double perSecond, Clock clock, JsonMapper json) {
		return registration(
				new RateLimitFilter(new RateLimiter(burst, perSecond, clock), new RateLimitFilter.Rule(
						SEARCH_PATHS::contains, "GX-PRT-001", "Too Many Requests", "查询过于频繁，请稍后再试。"), json),
				"searchRateLimitFilter");
	}

	/**
	 * The free credit report is rendered and signed for each download: a few per client
	 * at once, then a few an hour.
	 */
	@Bean
	FilterRegistrationBean<RateLimitFilter> reportRateLimitFilter(@Value("${gongxin.portal.report.burst:5}") int burst,
			@Value("${gongxin.portal.report.per-hour:30}") double perHour, Clock clock, JsonMapper json) {
		return registration(new RateLimitFilter(new RateLimiter(burst, perHour / 3600, clock), new RateLimitFilter.Rule(
				PublicReportController::isReportPath, "GX-PRT-005", "Too Many Requests", "信用报告下载过于频繁，请稍后再试。"), json),
				"reportRateLimitFilter");
	}

	private static FilterRegistrationBean<RateLimitFilter> registration(RateLimitFilter filter, String name) {
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setName(name);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
