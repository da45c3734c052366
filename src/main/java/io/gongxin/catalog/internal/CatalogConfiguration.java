package io.gongxin.catalog.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	/**
	 * Read once at start: a broken exclusion list must stop the platform, not let data
	 * in.
	 */
	@Bean
	ExclusionLists exclusionLists() {
		return ExclusionLists.fromClasspath();
	}

}
