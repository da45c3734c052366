package io.gongxin.security.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client registration at the identity provider is made on first use: an identity
 * provider that cannot be reached leaves the sign-in unavailable, never an exception that
 * would stop the platform or end a request in a bare error.
 */
class OidcClientRegistrationsTests {

	@Test
	void anIdentityProviderThatCannotBeReachedGivesNoRegistrationAndIsAskedAgainNextTime() throws IOException {
		String down;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			down = "http://127.0.0.1:" + socket.getLocalPort();
		}
		OidcClientRegistrations registrations = new OidcClientRegistrations(settings(down, "", "", ""),
				Optional::empty);
		assertThat(registrations.findByRegistrationId(OidcSettings.REGISTRATION_ID)).isNull();
		assertThat(registrations.findByRegistrationId(OidcSettings.REGISTRATION_ID)).isNull();
		assertThat(registrations.findByRegistrationId("other")).isNull();
	}

	@Test
	void configuredEndpointsNeedNoDiscoveryAndTheRedirectGoesToThePublicAddress() {
		OidcClientRegistrations registrations = new OidcClientRegistrations(
				settings("https://tyrz.example.gov.cn/oidc", "https://tyrz.example.gov.cn/oidc/authorize",
						"https://tyrz.example.gov.cn/oidc/token", "https://tyrz.example.gov.cn/oidc/jwks"),
				() -> Optional.of("https://credit.example.gov.cn"));
		ClientRegistration registration = registrations.findByRegistrationId(OidcSettings.REGISTRATION_ID);
		assertThat(registration.getClientId()).isEqualTo("gongxin");
		assertThat(registration.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
		assertThat(registration.getScopes()).containsExactlyInAnyOrder("openid", "profile");
		assertThat(registration.getProviderDetails().getIssuerUri()).isEqualTo("https://tyrz.example.gov.cn/oidc");
		assertThat(registration.getRedirectUri())
			.isEqualTo("https://credit.example.gov.cn/login/oauth2/code/{registrationId}");
	}

	@Test
	void refusalsAndProviderFailuresAreToldApartOnTheSignInPage() {
		assertThat(OidcLogin.reason(new OAuth2AuthenticationException(
				new OAuth2Error(OidcAccounts.Refusal.CITIZEN_ID_MISSING.errorCode()))))
			.isEqualTo("citizen-id-missing");
		assertThat(OidcLogin.reason(new OAuth2AuthenticationException(new OAuth2Error("invalid_token_response"))))
			.isEqualTo("unavailable");
		assertThat(OidcLogin.reason(new OAuth2AuthenticationException(new OAuth2Error("access_denied"))))
			.isEqualTo("failed");
	}

	private static OidcSettings settings(String issuer, String authorization, String token, String jwks) {
		return new OidcSettings(issuer, "gongxin", "secret", "profile", authorization, token, jwks, "", "", "", "", "",
				"", "", "");
	}

}
