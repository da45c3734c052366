package io.gongxin.security.internal;

import io.gongxin.audit.AuditLog;
import io.gongxin.platform.PublicAddress;
import io.gongxin.security.Accounts;
import io.gongxin.security.CitizenIdCheck;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The parts of the identity provider sign-in, made only when an issuer and a client are
 * configured: without them the platform runs exactly as with password sign-in alone.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${gongxin.oidc.issuer-uri:}'.isBlank() and !'${gongxin.oidc.client-id:}'.isBlank()")
class OidcConfiguration {

	@Bean
	OidcClientRegistrations oidcClientRegistrations(OidcSettings settings, PublicAddress address) {
		return new OidcClientRegistrations(settings, address::configured);
	}

	@Bean
	OidcLogin oidcLogin(OidcClientRegistrations registrations, OidcSettings settings,
			ObjectProvider<CitizenIdCheck> citizenIds, Accounts accounts, AuditLog audit) {
		return new OidcLogin(registrations, new OidcAccounts(settings, citizenIds, accounts), audit);
	}

}
