package io.gongxin.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with sign-in through {@link TestIdentityProvider} switched on, as
 * an operator would configure a provincial 统一身份认证 service. Test classes that extend it
 * share one application context (the other integration tests run with the sign-in off).
 * They carry {@link GongxinIntegrationTest} themselves: its embedded database is not
 * found on a superclass.
 */
public abstract class OidcIntegrationTest {

	@DynamicPropertySource
	static void identityProvider(DynamicPropertyRegistry registry) {
		registry.add("gongxin.oidc.issuer-uri", () -> TestIdentityProvider.shared().issuer());
		registry.add("gongxin.oidc.client-id", () -> TestIdentityProvider.CLIENT_ID);
		registry.add("gongxin.oidc.client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
		registry.add("gongxin.oidc.provider-name", () -> "测试统一身份认证平台");
	}

}
