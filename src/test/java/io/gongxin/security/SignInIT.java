package io.gongxin.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.gongxin.platform.SystemActor;
import io.gongxin.support.Browser;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People sign in with the form, over real HTTP against the running app.
 */
@GongxinIntegrationTest
class SignInIT {

	static final String PASSWORD = "correct-horse-battery";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerSignsInAndUsesTheApiWithTheSession() throws Exception {
		createUser("officer.li", Role.OFFICER, null);
		Browser browser = new Browser(this.port);
		HttpResponse<String> signIn = browser.signIn("officer.li", PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
		HttpResponse<String> me = browser.get("/api/me", "application/json");
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"role\":\"OFFICER\"");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'security.signin' AND actor = 'officer.li'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void eachRoleLandsOnItsOwnStartPageUnlessAPageSentItToSignIn() throws Exception {
		createUser("start.clerk", Role.PROVIDER, "GZ-SCJGJ");
		createUser("start.officer", Role.OFFICER, null);
		createUser("start.reviewer", Role.REVIEWER, null);
		createUser("start.admin", Role.ADMIN, null);
		assertThat(landing(new Browser(this.port).signIn("start.clerk", PASSWORD))).endsWith("/ingest");
		assertThat(landing(new Browser(this.port).signIn("start.officer", PASSWORD))).endsWith("/quality");
		assertThat(landing(new Browser(this.port).signIn("start.reviewer", PASSWORD))).endsWith("/inbox");
		assertThat(landing(new Browser(this.port).signIn("start.admin", PASSWORD))).endsWith("/admin/users");
		// a clerk who followed a link to the check page comes back to it
		Browser following = new Browser(this.port);
		assertThat(following.page("/checks").statusCode()).isEqualTo(302);
		assertThat(landing(following.signIn("start.clerk", PASSWORD))).contains("/checks");
		assertThat(following.get("/api/me", "application/json").body()).contains("\"role\":\"PROVIDER\"");
	}

	private static String landing(HttpResponse<String> signIn) {
		assertThat(signIn.statusCode()).isEqualTo(302);
		return signIn.headers().firstValue("Location").orElseThrow();
	}

	@Test
	void aWrongPasswordIsRefusedAndAudited() throws Exception {
		createUser("clerk.wrong", Role.PROVIDER, "GZ-SCJGJ");
		HttpResponse<String> signIn = new Browser(this.port).signIn("clerk.wrong", "not-the-password");
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("error"));
		assertThat(this.jdbc.sql(
				"SELECT count(*) FROM audit_event WHERE action = 'security.signin.failed' AND target_id = 'clerk.wrong'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
		createUser("reviewer.locked", Role.REVIEWER, null);
		Browser attacker = new Browser(this.port);
		for (int i = 0; i < 5; i++) {
			attacker.signIn("reviewer.locked", "guess-" + i);
		}
		HttpResponse<String> owner = new Browser(this.port).signIn("reviewer.locked", PASSWORD);
		assertThat(owner.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("error"));
	}

	@Test
	void pagesNeedASignInAndUnknownPagesShowAChineseErrorPage() throws Exception {
		Browser browser = new Browser(this.port);
		HttpResponse<String> anonymous = browser.page("/no-such-page");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

		createUser("officer.wang", Role.OFFICER, null);
		browser.signIn("officer.wang", PASSWORD);
		HttpResponse<String> missing = browser.page("/no-such-page");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("页面不存在")
			.contains("GX-REQ-004")
			.contains("请求的地址不存在")
			.doesNotContain("Exception");
	}

	@Test
	void unknownApiPathsAreProblemDocuments() throws Exception {
		Browser browser = new Browser(this.port);
		createUser("officer.zhao", Role.OFFICER, null);
		browser.signIn("officer.zhao", PASSWORD);
		HttpResponse<String> missing = browser.get("/api/no-such-thing", "application/json");
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(missing.body()).contains("\"code\":\"GX-REQ-004\"").contains("correlationId");
	}

	@Test
	void thePublicHomeAndLoginPagesAreServedInChineseWithSecurityHeaders() throws Exception {
		HttpResponse<String> home = new Browser(this.port).page("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("公共信用信息平台");
		assertThat(home.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsExplainedAsExpiredNotAsAMissingRight() throws Exception {
		createUser("officer.csrf", Role.OFFICER, null);
		Browser browser = new Browser(this.port);
		browser.signIn("officer.csrf", PASSWORD);

		HttpResponse<String> api = browser.postWithoutToken("/api/checks", "application/json", "application/json",
				"{\"scenario\":\"BIDDING\",\"subjects\":[]}");
		assertThat(api.statusCode()).isEqualTo(403);
		assertThat(api.body()).contains("\"code\":\"GX-SEC-004\"").doesNotContain("GX-SEC-002");

		HttpResponse<String> page = browser.postWithoutToken("/logout", "text/html",
				"application/x-www-form-urlencoded", "");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("GX-SEC-004").contains("页面已过期").doesNotContain("GX-SEC-002");
	}

	@Test
	void hstsIsSentOnlyWhenTheRequestCameOverTls() throws Exception {
		java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
		java.net.URI home = java.net.URI.create("http://localhost:" + this.port + "/");
		// a TLS-terminating proxy on the host says so in X-Forwarded-Proto
		HttpResponse<String> overTls = client.send(
				java.net.http.HttpRequest.newBuilder(home).header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.ofString());
		HttpResponse<String> plain = client.send(java.net.http.HttpRequest.newBuilder(home).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(overTls.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(value -> assertThat(value).contains("max-age="));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void withoutAnIdentityProviderConfiguredTheSignInPageIsTheStaffFormAlone() throws Exception {
		Browser browser = new Browser(this.port);
		HttpResponse<String> login = browser.page("/login");
		assertThat(login.body()).contains("name=\"username\"")
			.doesNotContain("统一身份认证登录")
			.doesNotContain("/oauth2/authorization");
		// no sign-in flow to start: the path is just another page that asks for a sign-in
		HttpResponse<String> start = browser.page("/oauth2/authorization/gongxin");
		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(start.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
	}

	@Test
	void personsGetNeitherALocalAccountNorAnApiKey() {
		assertThat(org.junit.jupiter.api.Assertions
			.assertThrows(io.gongxin.platform.DomainException.class,
					() -> SystemActor.runAs("test",
							() -> this.accounts.createUser("person.local", "张三", PASSWORD, Role.PERSON, null)))
			.code()).isEqualTo("GX-SEC-021");
		assertThat(
				org.junit.jupiter.api.Assertions
					.assertThrows(io.gongxin.platform.DomainException.class,
							() -> SystemActor.runAs("test",
									() -> this.accounts.issueApiKey("person-key", Role.PERSON, null)))
					.code())
			.isEqualTo("GX-SEC-018");
	}

	private void createUser(String username, Role role, String department) {
		SystemActor.runAs("test", () -> this.accounts.createUser(username, username, PASSWORD, role, department));
	}

}
