package io.gongxin.identifier.internal;

import io.gongxin.identifier.IdentifierCheck;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdentifierConfiguration {

	@Bean
	IdentifierCheck identifierCheck(ReferenceData referenceData) {
		return new IdentifierCheck(referenceData::noteFor, referenceData::categories);
	}

}
