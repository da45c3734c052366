package io.gongxin.security;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each protected endpoint, called by every role and anonymously: the allowed roles get
 * through, everyone else is refused with the right problem code. Department-scoped
 * endpoints are also called for a foreign department.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

	static final String OWN = "GZ-SCJGJ";

	static final String FOREIGN = "GZ-STJ";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	final Map<Role, String> keys = new EnumMap<>(Role.class);

	@BeforeAll
	void setUp() {
		SystemActor.runAs("test", () -> {
			this.providers.register(new Provider(OWN, "广州市市场监督管理局", null, "440100", true, 0));
			this.providers.register(new Provider(FOREIGN, "广州市生态环境局", null, "440100", true, 0));
		});
		for (Role role : Role.values()) {
			this.keys.put(role, ApiKeys.issue(this.accounts, role, role.departmentBound() ? OWN : null));
		}
	}

	record Endpoint(HttpMethod method, String path, String body, Role... allowed) {

		boolean allows(Role role) {
			return Stream.of(this.allowed).anyMatch(role::equals);
		}

		@Override
		public String toString() {
			return this.method + " " + this.path;
		}

	}

	static Stream<Endpoint> endpoints() {
		return Stream.of(new Endpoint(HttpMethod.GET, "/api/providers", null, Role.OFFICER, Role.REVIEWER, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/providers/" + OWN, null, Role.OFFICER, Role.REVIEWER, Role.ADMIN,
						Role.PROVIDER),
				new Endpoint(HttpMethod.POST, "/api/providers",
						"{\"code\":\"NEW-%s\",\"name\":\"新部门%s\",\"divisionCode\":\"440100\"}", Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/admin/users", null, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/admin/api-keys", null, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/admin/api-keys", "{\"name\":\"k%s\",\"role\":\"OFFICER\"}",
						Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/admin/audit/verification", null, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/admin/audit/events", null, Role.ADMIN),
				new Endpoint(HttpMethod.POST, "/api/admin/audit/seals", null, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/actuator/prometheus", null, Role.ADMIN),
				new Endpoint(HttpMethod.GET, "/api/me", null, Role.values()));
	}

	static Stream<Arguments> matrix() {
		return endpoints().flatMap(endpoint -> Stream.of(Role.values()).map(role -> Arguments.of(endpoint, role)));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void eachRoleIsAllowedOrRefusedAsDeclared(Endpoint endpoint, Role role) throws Exception {
		var result = this.mvc.perform(call(endpoint, role.name()).header("X-API-Key", this.keys.get(role)));
		if (endpoint.allows(role)) {
			result.andExpect(status().is2xxSuccessful());
		}
		else {
			result.andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("GX-SEC-002"));
		}
	}

	@ParameterizedTest(name = "{0} anonymously")
	@MethodSource("endpoints")
	void anonymousCallersAreAskedToAuthenticate(Endpoint endpoint) throws Exception {
		this.mvc.perform(call(endpoint, "ANON"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("GX-SEC-001"));
	}

	@Test
	void aProviderClerkCannotReadAnotherDepartment() throws Exception {
		this.mvc
			.perform(request(HttpMethod.GET, "/api/providers/" + FOREIGN).header("X-API-Key",
					this.keys.get(Role.PROVIDER)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aRevokedOrForgedKeyIsRefusedOutright() throws Exception {
		this.mvc.perform(request(HttpMethod.GET, "/api/me").header("X-API-Key", "gx_forged_key"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("GX-SEC-005"));
		IssuedApiKey key = SystemActor.callAs("test",
				() -> this.accounts.issueApiKey("short-lived", Role.OFFICER, null));
		this.mvc.perform(request(HttpMethod.GET, "/api/me").header("X-API-Key", key.secret()))
			.andExpect(status().isOk());
		SystemActor.runAs("test", () -> this.accounts.revokeApiKey(key.id()));
		this.mvc.perform(request(HttpMethod.GET, "/api/me").header("X-API-Key", key.secret()))
			.andExpect(status().isUnauthorized());
	}

	private static MockHttpServletRequestBuilder call(Endpoint endpoint, String suffix) {
		MockHttpServletRequestBuilder builder = request(endpoint.method(), endpoint.path());
		if (endpoint.body() != null) {
			String unique = suffix + Long.toString(System.nanoTime(), 36).toUpperCase();
			builder.contentType(MediaType.APPLICATION_JSON).content(endpoint.body().formatted(unique, unique));
		}
		return builder;
	}

}
