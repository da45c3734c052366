package io.gongxin.security;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator's pages: API keys and people's accounts. */
@GongxinIntegrationTest
class AdminPagesIT {

	private static final Pattern SECRET = Pattern.compile("<code id=\"secret\">(gx_[^<]+)</code>");

	@Autowired
	MockMvc mvc;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Test
	void aDepartmentsKeyIsShownOnceWorksAndStopsWorkingWhenRevoked() throws Exception {
		SystemActor.runAs("test", () -> this.providers.register(new Provider("GZ-ZJJ-KEY", "广州市住房和城乡建设局",
				CheckCharacters.uscc("11440100MB2D8873"), "440100", true, 0)));
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		String issued = page(post("/admin/api-keys").header("X-API-Key", admin)
			.param("name", "住建局招投标系统")
			.param("role", "PROVIDER")
			.param("department", "GZ-ZJJ-KEY"));
		assertThat(issued).contains("密钥已签发，只显示这一次").contains("广州市住房和城乡建设局");
		Matcher secret = SECRET.matcher(issued);
		assertThat(secret.find()).isTrue();
		String key = secret.group(1);
		// the department's system calls with it, for its own department
		assertThat(page(get("/api/me").header("X-API-Key", key))).contains("\"role\":\"PROVIDER\"")
			.contains("GZ-ZJJ-KEY");
		// listed by purpose and department name; the secret is never shown again
		String listed = page(get("/admin/api-keys").header("X-API-Key", admin));
		assertThat(listed).contains("住建局招投标系统").contains("广州市住房和城乡建设局").doesNotContain(key);
		String id = this.accounts.apiKeys()
			.stream()
			.filter(k -> k.name().equals("住建局招投标系统"))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
		assertThat(listed).contains("确定吊销密钥“住建局招投标系统”");
		this.mvc.perform(post("/admin/api-keys/{id}/revocation", id).header("X-API-Key", admin))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/api/me").header("X-API-Key", key)).andExpect(status().isUnauthorized());
		assertThat(page(get("/admin/api-keys").header("X-API-Key", admin))).contains("已吊销");
	}

	@Test
	void aClerksKeyWithoutDepartmentIsRefusedInChineseAndTheFormKeepsItsInput() throws Exception {
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		String refused = refusedPage(post("/admin/api-keys").header("X-API-Key", admin)
			.param("name", "无部门的报送系统")
			.param("role", "PROVIDER")
			.param("department", ""));
		assertThat(refused).contains("该角色的密钥须指定所属部门").contains("value=\"无部门的报送系统\"").doesNotContain("id=\"secret\"");
		this.mvc.perform(get("/admin/api-keys").header("X-API-Key", ApiKeys.issue(this.accounts, Role.OFFICER, null)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAdminOpensAClerksAccountWhoSignsInToHisDepartmentsWorkAndIsSwitchedOff() throws Exception {
		SystemActor.runAs("test", () -> this.providers.register(
				new Provider("GZ-SWJ-USR", "广州市商务局", CheckCharacters.uscc("11440100MB2D8911"), "440100", true, 0)));
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		String tooShort = refusedPage(post("/admin/users").header("X-API-Key", admin)
			.param("username", "clerk.swj")
			.param("displayName", "王晓明")
			.param("password", "short")
			.param("role", "PROVIDER")
			.param("department", "GZ-SWJ-USR"));
		assertThat(tooShort).contains("id=\"password-error\"").contains("密码至少 12 个字符").contains("value=\"王晓明\"");
		this.mvc
			.perform(post("/admin/users").header("X-API-Key", admin)
				.param("username", "clerk.swj")
				.param("displayName", "王晓明")
				.param("password", "swj-initial-password-1")
				.param("role", "PROVIDER")
				.param("department", "GZ-SWJ-USR"))
			.andExpect(status().is3xxRedirection());
		assertThat(page(get("/admin/users").header("X-API-Key", admin))).contains("clerk.swj")
			.contains("王晓明")
			.contains("广州市商务局")
			.contains("确定停用账号 clerk.swj");
		var signIn = new io.gongxin.support.Browser(this.port).signIn("clerk.swj", "swj-initial-password-1");
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/ingest"));
		this.mvc.perform(post("/admin/users/clerk.swj/enabled").header("X-API-Key", admin).param("enabled", "false"))
			.andExpect(status().is3xxRedirection());
		var refused = new io.gongxin.support.Browser(this.port).signIn("clerk.swj", "swj-initial-password-1");
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("error"));
	}

	/** A refused form: the same page again (422) with what was typed. */
	private String refusedPage(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
