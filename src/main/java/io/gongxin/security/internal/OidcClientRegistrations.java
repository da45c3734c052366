package io.gongxin.security.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.web.client.RestClient;

/**
 * The one client registration at the identity provider, built on first use rather than at
 * start-up: Spring Boot's own registration reads the issuer's discovery document while
 * the platform starts, and an identity provider that is down would stop the platform.
 * Until the registration could be built every sign-in attempt tries again; a failed
 * attempt ends on the sign-in page with a notice, and staff sign in with their passwords
 * meanwhile.
 */
class OidcClientRegistrations implements ClientRegistrationRepository {

	private static final Logger log = LoggerFactory.getLogger(OidcClientRegistrations.class);

	static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final OidcSettings settings;

	/**
	 * The configured public address, if any: the redirect URI registered at the provider.
	 */
	private final Supplier<Optional<String>> publicBase;

	private final RestClient http;

	private volatile ClientRegistration registration;

	OidcClientRegistrations(OidcSettings settings, Supplier<Optional<String>> publicBase) {
		this.settings = settings;
		this.publicBase = publicBase;
		this.http = RestClient.builder().requestFactory(timeouts()).build();
	}

	static SimpleClientHttpRequestFactory timeouts() {
		SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
		factory.setConnectTimeout(TIMEOUT);
		factory.setReadTimeout(TIMEOUT);
		return factory;
	}

	/**
	 * The registration, or {@code null} (no such client) while the identity provider
	 * cannot be reached; the sign-in then ends on the notice.
	 */
	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!OidcSettings.REGISTRATION_ID.equals(registrationId)) {
			return null;
		}
		ClientRegistration built = this.registration;
		if (built != null) {
			return built;
		}
		synchronized (this) {
			if (this.registration == null) {
				try {
					this.registration = build();
				}
				catch (RuntimeException ex) {
					log.warn(
							"The identity provider at {} could not be read ({}); sign-in through it fails until it can.",
							this.settings.issuerUri, ex.toString());
					return null;
				}
			}
			return this.registration;
		}
	}

	private ClientRegistration build() {
		ClientRegistration.Builder builder = this.settings.endpointsConfigured() ? configured() : discovered();
		String redirect = this.publicBase.get()
			.map(base -> base + "/login/oauth2/code/{registrationId}")
			.orElse("{baseUrl}/login/oauth2/code/{registrationId}");
		return builder.registrationId(OidcSettings.REGISTRATION_ID)
			.clientId(this.settings.clientId)
			.clientSecret(this.settings.clientSecret)
			.clientAuthenticationMethod((this.settings.clientSecret == null) ? ClientAuthenticationMethod.NONE
					: ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(redirect)
			.scope(this.settings.scopes)
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.clientName(this.settings.providerName)
			.build();
	}

	private ClientRegistration.Builder configured() {
		return ClientRegistration.withRegistrationId(OidcSettings.REGISTRATION_ID)
			.issuerUri(this.settings.issuerUri)
			.authorizationUri(this.settings.authorizationUri)
			.tokenUri(this.settings.tokenUri)
			.jwkSetUri(this.settings.jwkSetUri)
			.userInfoUri(this.settings.userInfoUri);
	}

	/**
	 * The endpoints from the issuer's discovery document (OpenID Connect Discovery 1.0),
	 * read with time limits; the document must name the configured issuer.
	 */
	private ClientRegistration.Builder discovered() {
		String issuer = this.settings.issuerUri;
		String location = (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
				+ "/.well-known/openid-configuration";
		Map<String, Object> metadata = this.http.get()
			.uri(location)
			.retrieve()
			.body(new ParameterizedTypeReference<Map<String, Object>>() {
			});
		if (metadata == null || !Objects.equals(metadata.get("issuer"), issuer)) {
			throw new IllegalStateException("the discovery document at " + location + " names another issuer");
		}
		return ClientRegistrations.fromOidcConfiguration(metadata);
	}

}
