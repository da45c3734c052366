package io.gongxin.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.Browser;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Enterprise users (法人用户): created by administrators, bound to one organisation by its
 * USCC, signing in like people.
 */
@GongxinIntegrationTest
class EnterpriseUsersIT {

	static final String PASSWORD = "enterprise-password-1";

	static final String USCC = CheckCharacters.uscc("91440101MA5ENTU1");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminCreatesAnEnterpriseUserBoundToAUsccAndTheCreationIsAudited() throws Exception {
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		create(admin, "ent.audited", "ENTERPRISE", USCC.toLowerCase(), null).andExpect(status().isCreated())
			.andExpect(jsonPath("$.role").value("ENTERPRISE"))
			.andExpect(jsonPath("$.uscc").value(USCC))
			.andExpect(jsonPath("$.departmentCode").doesNotExist());
		this.mvc.perform(get("/api/admin/users").header("X-API-Key", admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'ent.audited')].uscc").value(USCC));
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'security.user.create' AND target_id = 'ent.audited'"
					+ " AND actor_roles = 'ROLE_ADMIN'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void onlyEnterpriseAccountsNameAUsccAndItMustBeOne() throws Exception {
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		create(admin, "ent.nocode", "ENTERPRISE", null, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-SEC-016"));
		create(admin, "ent.badcode", "ENTERPRISE", "91440101MA5ENTU1I", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-SEC-017"));
		String wrongCheckCharacter = USCC.substring(0, 17) + ((USCC.charAt(17) == '0') ? '1' : '0');
		create(admin, "ent.wrongcheck", "ENTERPRISE", wrongCheckCharacter, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-SEC-019"));
		create(admin, "ent.placeholder", "ENTERPRISE", "00000000000000000X", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-SEC-019"));
		create(admin, "officer.withcode", "OFFICER", USCC, null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-SEC-016"));
		create(admin, "ent.withdept", "ENTERPRISE", USCC, "GZ-SCJGJ").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-SEC-015"));
		assertThat(this.accounts.users()).noneMatch(a -> a.username().startsWith("ent.")
				&& !a.username().equals("ent.audited") && !a.username().equals("ent.signin"));
	}

	@Test
	void anEnterpriseUserSignsInAndLandsOnItsReportsPage() throws Exception {
		SystemActor.runAs("test",
				() -> this.accounts.createEnterpriseUser("ent.signin", "广州法人用户测试有限公司 法人用户", PASSWORD, USCC));
		Browser browser = new Browser(this.port);
		HttpResponse<String> signIn = browser.signIn("ent.signin", PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/my/reports"));
		assertThat(browser.get("/api/me", "application/json").body()).contains("\"role\":\"ENTERPRISE\"");
		assertThat(browser.page("/my/reports").body()).contains("我的信用报告").contains(USCC);
	}

	private ResultActions create(String admin, String username, String role, String uscc, String department)
			throws Exception {
		String body = "{\"username\":\"" + username + "\",\"displayName\":\"测试\",\"password\":\"" + PASSWORD
				+ "\",\"role\":\"" + role + "\"" + ((uscc != null) ? ",\"uscc\":\"" + uscc + "\"" : "")
				+ ((department != null) ? ",\"departmentCode\":\"" + department + "\"" : "") + "}";
		return this.mvc.perform(post("/api/admin/users").header("X-API-Key", admin)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
