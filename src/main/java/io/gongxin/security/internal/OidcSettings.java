package io.gongxin.security.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the platform signs in enterprise and person users through the provincial 统一身份认证
 * service (OpenID Connect): off while no issuer is configured. Endpoints left empty are
 * read from the issuer's discovery document on the first sign-in, never at start-up, so
 * an identity provider that is down never stops the platform.
 */
@Component("oidcSettings")
class OidcSettings {

	/** The registration id, part of the sign-in and callback paths. */
	static final String REGISTRATION_ID = "gongxin";

	final String issuerUri;

	final String clientId;

	final String clientSecret;

	final Set<String> scopes;

	final String authorizationUri;

	final String tokenUri;

	final String jwkSetUri;

	final String userInfoUri;

	final String providerName;

	final String nameClaim;

	final String citizenIdClaim;

	final String usccClaim;

	final String userTypeClaim;

	final String personType;

	final String enterpriseType;

	OidcSettings(@Value("${gongxin.oidc.issuer-uri:}") String issuerUri,
			@Value("${gongxin.oidc.client-id:}") String clientId,
			@Value("${gongxin.oidc.client-secret:}") String clientSecret,
			@Value("${gongxin.oidc.scopes:openid,profile}") String scopes,
			@Value("${gongxin.oidc.authorization-uri:}") String authorizationUri,
			@Value("${gongxin.oidc.token-uri:}") String tokenUri,
			@Value("${gongxin.oidc.jwk-set-uri:}") String jwkSetUri,
			@Value("${gongxin.oidc.user-info-uri:}") String userInfoUri,
			@Value("${gongxin.oidc.provider-name:}") String providerName,
			@Value("${gongxin.oidc.claim.name:name}") String nameClaim,
			@Value("${gongxin.oidc.claim.citizen-id:citizen_id}") String citizenIdClaim,
			@Value("${gongxin.oidc.claim.uscc:uscc}") String usccClaim,
			@Value("${gongxin.oidc.claim.user-type:user_type}") String userTypeClaim,
			@Value("${gongxin.oidc.user-type.person:person}") String personType,
			@Value("${gongxin.oidc.user-type.enterprise:enterprise}") String enterpriseType) {
		this.issuerUri = strip(issuerUri);
		this.clientId = strip(clientId);
		this.clientSecret = strip(clientSecret);
		Set<String> scopeSet = new LinkedHashSet<>();
		// the OIDC sign-in needs openid; the rest as configured
		scopeSet.add("openid");
		Arrays.stream(String.valueOf(scopes).split("[,\\s]+"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.forEach(scopeSet::add);
		this.scopes = Set.copyOf(scopeSet);
		this.authorizationUri = strip(authorizationUri);
		this.tokenUri = strip(tokenUri);
		this.jwkSetUri = strip(jwkSetUri);
		this.userInfoUri = strip(userInfoUri);
		this.providerName = (strip(providerName) == null) ? "统一身份认证" : strip(providerName);
		this.nameClaim = orDefault(nameClaim, "name");
		this.citizenIdClaim = orDefault(citizenIdClaim, "citizen_id");
		this.usccClaim = orDefault(usccClaim, "uscc");
		this.userTypeClaim = orDefault(userTypeClaim, "user_type");
		this.personType = orDefault(personType, "person");
		this.enterpriseType = orDefault(enterpriseType, "enterprise");
	}

	/** Whether sign-in through the identity provider is offered at all. */
	public boolean enabled() {
		return this.issuerUri != null && this.clientId != null;
	}

	/** The name of the service on the sign-in button's page, e.g. 广东省统一身份认证平台. */
	public String providerName() {
		return this.providerName;
	}

	/** Whether every endpoint is configured, so that no discovery document is read. */
	boolean endpointsConfigured() {
		return this.authorizationUri != null && this.tokenUri != null && this.jwkSetUri != null;
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String orDefault(String value, String fallback) {
		String stripped = strip(value);
		return (stripped == null) ? fallback : stripped;
	}

}
