package io.gongxin.security.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.SystemActor;

import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.client.RestClient;

/**
 * Sign-in of enterprise and person users through the provincial 统一身份认证 service (OpenID
 * Connect authorization code flow), next to the staff's password sign-in. A refused or
 * failed sign-in ends on the sign-in page with the reason in Chinese and is audited like
 * a failed password sign-in; a successful one is audited by {@link SignInAuditor} and
 * lands on the role's start page.
 */
class OidcLogin {

	/** Where the sign-in button sends the browser: Spring Security's redirect filter. */
	static final String START = "/oauth2/authorization/" + OidcSettings.REGISTRATION_ID;

	/** Failures of the identity provider itself rather than of the person signing in. */
	private static final Set<String> UNAVAILABLE = Set.of("invalid_token_response", "invalid_user_info_response",
			"server_error", "temporarily_unavailable", "client_registration_not_found");

	private final OidcClientRegistrations registrations;

	private final OidcAccounts accounts;

	private final AuditLog audit;

	OidcLogin(OidcClientRegistrations registrations, OidcAccounts accounts, AuditLog audit) {
		this.registrations = registrations;
		this.accounts = accounts;
		this.audit = audit;
	}

	/**
	 * The provider that redeems the authorization code and maps the ID token's claims to
	 * an account. The platform's authentication manager is its own (password throttling,
	 * events), so the provider joins it there: the one Spring Security's configurer makes
	 * would never be asked.
	 */
	AuthenticationProvider provider() {
		RestClientAuthorizationCodeTokenResponseClient tokens = new RestClientAuthorizationCodeTokenResponseClient();
		tokens.setRestClient(RestClient.builder()
			.requestFactory(OidcClientRegistrations.timeouts())
			.configureMessageConverters(converters -> {
				converters.addCustomConverter(new FormHttpMessageConverter());
				converters.addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter());
			})
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build());
		return new OidcAuthorizationCodeAuthenticationProvider(tokens, this.accounts);
	}

	void configure(HttpSecurity http, AuthenticationSuccessHandler signedIn) {
		http.oauth2Login(login -> login.loginPage("/login")
			.clientRegistrationRepository(this.registrations)
			.successHandler(signedIn)
			.failureHandler(this::refused)
			.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {

				// the identity provider could not be reached to start the sign-in: the
				// sign-in page says so, instead of a bare error status
				@Override
				public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
					filter.setAuthenticationFailureHandler(
							(request, response, ex) -> toLoginPage(request, response, "unavailable"));
					return filter;
				}

			}));
	}

	private void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String reason = reason(ex);
		SystemActor.runAs("signin-guard", () -> this.audit
			.record(AuditEntry.change("security.signin.failed", "user", "oidc").details("统一身份认证登录未成功：" + reason)));
		toLoginPage(request, response, reason);
	}

	static String reason(AuthenticationException ex) {
		if (!(ex instanceof OAuth2AuthenticationException oauth)) {
			return "failed";
		}
		String code = oauth.getError().getErrorCode();
		return OidcAccounts.Refusal.of(code)
			.map(refusal -> refusal.reason)
			.orElse(UNAVAILABLE.contains(code) ? "unavailable" : "failed");
	}

	private static void toLoginPage(HttpServletRequest request, HttpServletResponse response, String reason)
			throws IOException {
		response.sendRedirect(request.getContextPath() + "/login?refused=" + reason);
	}

}
