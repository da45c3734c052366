package io.gongxin.support;

import java.net.InetAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * A real OpenID Connect identity provider for the tests, standing in for a provincial
 * 统一身份认证 service: Spring Authorization Server in a small Spring application of its own,
 * on a free loopback port, with its own sign-in page, a registered client for the
 * platform and RS256-signed ID tokens whose claims each test user is given. It scans
 * nothing of the platform and reads none of its configuration.
 *
 * <p>
 * One provider serves every test of the JVM ({@link #shared()}); tests add the users they
 * need ({@link #user}). Its session cookie has its own name: cookies do not tell ports
 * apart, and the platform on the same loopback address keeps its {@code JSESSIONID}.
 */
public final class TestIdentityProvider implements AutoCloseable {

	public static final String CLIENT_ID = "gongxin-test";

	public static final String CLIENT_SECRET = "test-client-secret";

	/** Every test user's password at the identity provider. */
	public static final String PASSWORD = "idp-password-1";

	public static final String SESSION_COOKIE = "TESTIDPSESSION";

	private static TestIdentityProvider shared;

	private final AnnotationConfigServletWebServerApplicationContext context;

	private TestIdentityProvider() {
		this.context = new AnnotationConfigServletWebServerApplicationContext();
		// nothing of the platform's application.properties or its environment: the
		// server settings are the provider's own
		this.context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test-idp", Map.of("spring.application.name", "test-idp")));
		this.context.register(Server.class);
		this.context.refresh();
	}

	/** The provider of this JVM, started on first use and stopped when the JVM ends. */
	public static synchronized TestIdentityProvider shared() {
		if (shared == null) {
			shared = new TestIdentityProvider();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "test-idp-stop"));
		}
		return shared;
	}

	/** The issuer: what the platform's {@code gongxin.oidc.issuer-uri} names. */
	public String issuer() {
		return "http://127.0.0.1:" + this.context.getWebServer().getPort();
	}

	/**
	 * Adds a user who signs in with {@link #PASSWORD} and whose ID token carries the
	 * claims given (besides {@code sub}, the user name).
	 */
	public void user(String username, Map<String, Object> claims) {
		InMemoryUserDetailsManager users = this.context.getBean(InMemoryUserDetailsManager.class);
		if (!users.userExists(username)) {
			users.createUser(User.withUsername(username).password("{noop}" + PASSWORD).roles("USER").build());
		}
		this.context.getBean(Claims.class).byUser().put(username, Map.copyOf(claims));
	}

	@Override
	public void close() {
		this.context.close();
	}

	/** The claims each user's ID token carries. */
	record Claims(Map<String, Map<String, Object>> byUser) {
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableWebSecurity
	static class Server {

		@Bean
		TomcatServletWebServerFactory webServer() {
			TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
			factory.setAddress(InetAddress.getLoopbackAddress());
			factory.addContextCustomizers(context -> context.setSessionCookieName(SESSION_COOKIE));
			// the provider is all filters; Tomcat runs filters only for a request some
			// servlet is mapped to
			factory.setRegisterDefaultServlet(true);
			return factory;
		}

		@Bean
		@Order(1)
		SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
			http.oauth2AuthorizationServer(server -> {
				http.securityMatcher(server.getEndpointsMatcher());
				server.oidc(Customizer.withDefaults());
			})
				.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				// the user-info endpoint takes the access token
				.oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
				.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
						new LoginUrlAuthenticationEntryPoint("/login"),
						new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
			return http.build();
		}

		@Bean
		@Order(2)
		SecurityFilterChain signIn(HttpSecurity http) throws Exception {
			http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
				.formLogin(Customizer.withDefaults());
			return http.build();
		}

		@Bean
		InMemoryUserDetailsManager users() {
			return new InMemoryUserDetailsManager();
		}

		@Bean
		Claims claims() {
			return new Claims(new ConcurrentHashMap<>());
		}

		@Bean
		OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(Claims claims) {
			return context -> {
				if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
					claims.byUser()
						.getOrDefault(context.getPrincipal().getName(), Map.of())
						.forEach((name, value) -> context.getClaims().claim(name, value));
				}
			};
		}

		/**
		 * The platform as registered at a provincial service: any loopback port may
		 * receive the code (OAuth 2.1 for loopback redirects), so the platform's random
		 * test port needs no registration of its own.
		 */
		@Bean
		RegisteredClientRepository clients() {
			return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
				.clientId(CLIENT_ID)
				.clientSecret("{noop}" + CLIENT_SECRET)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.redirectUri("http://127.0.0.1/login/oauth2/code/gongxin")
				.scope(OidcScopes.OPENID)
				.scope(OidcScopes.PROFILE)
				.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
				.build());
		}

		@Bean
		JWKSource<SecurityContext> keys() throws NoSuchAlgorithmException {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
				.privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
			return new ImmutableJWKSet<>(new JWKSet(key));
		}

		@Bean
		JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
			return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		}

		/** No fixed issuer: it is the address the provider was reached under. */
		@Bean
		AuthorizationServerSettings settings() {
			return AuthorizationServerSettings.builder().build();
		}

	}

}
