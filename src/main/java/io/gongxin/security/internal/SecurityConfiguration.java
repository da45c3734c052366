package io.gongxin.security.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import io.gongxin.platform.Problems;
import io.gongxin.security.Role;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security baseline. URL rules only separate public from signed-in areas; every
 * controller states its own roles with {@code @PreAuthorize}, which a test checks.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String[] PUBLIC_PATHS = { "/", "/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs",
			"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/portal/**", "/api/public/**", "/verify/**" };

	// http.server.requests already times every request. An observation around each
	// filter of the chain and each authorization decision cost about a tenth of a
	// portal page's CPU under load (flight recording of the mixed-load bench) and told
	// an operator nothing more.
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
			LoginThrottle throttle, ApplicationEventPublisher events, ObjectProvider<OidcLogin> oidc) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(encoder);
		List<AuthenticationProvider> providers = new ArrayList<>();
		providers.add(new ThrottledAuthenticationProvider(passwords, throttle));
		oidc.ifAvailable(login -> providers.add(login.provider()));
		ProviderManager manager = new ProviderManager(providers);
		manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		return manager;
	}

	// a command run (verify-audit) starts without a web server and needs no filter chain
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			ApiKeyStore apiKeys, ProblemResponses problems, ObjectProvider<OidcLogin> oidc) {
		http.authenticationManager(authenticationManager);
		RequestMatcher api = request -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.startsWith("/api/") || path.startsWith("/actuator/");
		};
		RequestMatcher withApiKey = request -> request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null;

		http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated());
		// back to the page that asked for a sign-in, else to the role's own start page
		RequestCache requests = new HttpSessionRequestCache();
		SavedRequestAwareAuthenticationSuccessHandler toSaved = new SavedRequestAwareAuthenticationSuccessHandler();
		toSaved.setRequestCache(requests);
		http.requestCache(cache -> cache.requestCache(requests));
		AuthenticationSuccessHandler signedIn = (request, response, authentication) -> {
			if (requests.getRequest(request, response) != null) {
				toSaved.onAuthenticationSuccess(request, response, authentication);
			}
			else {
				response.sendRedirect(request.getContextPath() + StartPage.of(authentication.getAuthorities()));
			}
		};
		http.formLogin(form -> form.loginPage("/login").successHandler(signedIn).permitAll());
		// enterprise and person users through the provincial 统一身份认证, when configured
		oidc.ifAvailable(login -> login.configure(http, signedIn));
		http.logout(logout -> logout.logoutSuccessUrl("/?logout"));
		http.addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, problems),
				UsernamePasswordAuthenticationFilter.class);
		// CSRF protects ambient credentials (the session cookie). Machine clients
		// authenticate with a header a browser
		// never sends by itself, and an API call without a session cookie has nothing to
		// forge.
		RequestMatcher apiWithoutSession = request -> api.matches(request) && !carriesSessionCookie(request);
		http.csrf(csrf -> csrf.ignoringRequestMatchers(withApiKey, apiWithoutSession));
		http.exceptionHandling(
				exceptions -> exceptions
					.defaultAuthenticationEntryPointFor(
							(request, response, ex) -> problems.write(request, response, HttpStatus.UNAUTHORIZED,
									"GX-SEC-001", "Authentication required", "Sign in or present a valid API key."),
							api)
					.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
					.defaultAccessDeniedHandlerFor((request, response, ex) -> {
						if (ex instanceof CsrfException) {
							problems.write(request, response, HttpStatus.FORBIDDEN, "GX-SEC-004",
									"Form expired or forged",
									"The request carried no valid CSRF token: reload the page and send it again.");
						}
						else {
							problems.write(request, response, HttpStatus.FORBIDDEN, "GX-SEC-002", "Forbidden",
									"Your role does not allow this action.");
						}
					}, api)
					.defaultAccessDeniedHandlerFor((request, response, ex) -> {
						// a page form sent without its token is almost always a page left
						// open
						// past the session: say so instead of blaming the role
						if (ex instanceof CsrfException) {
							request.setAttribute(Problems.ERROR_CODE_ATTRIBUTE, "GX-SEC-004");
						}
						response.sendError(HttpStatus.FORBIDDEN.value());
					}, request -> true));
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
					+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
					+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny()));
		return http.build();
	}

	private static boolean carriesSessionCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		return cookies != null && Arrays.stream(cookies).anyMatch(cookie -> "JSESSIONID".equals(cookie.getName()));
	}

}
