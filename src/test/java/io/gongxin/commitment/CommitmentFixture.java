package io.gongxin.commitment;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.Departments;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * The departments, keys and calls the commitment flows share: 市场监管局 takes and verifies
 * 告知承诺 for food business licences, 生态环境局 is another department, 财政局 runs credit checks
 * before procurement, and the credit office writes the templates.
 */
final class CommitmentFixture {

	static final String DEPARTMENT = "GZ-SCJGJ";

	static final String OTHER = "GZ-STJ";

	static final String FINANCE = "GZ-CZJ";

	static final String PASSWORD = "commitment-password-1";

	final MockMvc mvc;

	final JsonMapper json;

	final Accounts accounts;

	final Subjects subjects;

	final String clerk;

	final String otherClerk;

	final String financeClerk;

	final String officer;

	CommitmentFixture(MockMvc mvc, JsonMapper json, Providers providers, Accounts accounts, Subjects subjects) {
		this.mvc = mvc;
		this.json = json;
		this.accounts = accounts;
		this.subjects = subjects;
		Departments.register(providers, DEPARTMENT, OTHER, FINANCE);
		this.clerk = ApiKeys.issue(accounts, Role.PROVIDER, DEPARTMENT);
		this.otherClerk = ApiKeys.issue(accounts, Role.PROVIDER, OTHER);
		this.financeClerk = ApiKeys.issue(accounts, Role.PROVIDER, FINANCE);
		this.officer = ApiKeys.issue(accounts, Role.OFFICER, null);
	}

	/** A company in the register, as the registration data would put it there. */
	SubjectId company(String name, String uscc) {
		return SystemActor.callAs("test",
				() -> this.subjects.register(new NewSubject(SubjectType.ENTERPRISE, name, SubjectKey.uscc(uscc), "张三",
						null, "440100", "广州市市场监督管理局", java.time.LocalDate.of(2019, 3, 12)), "test"));
	}

	/** A template draft in the shape the credit office posts it. */
	static Map<String, Object> template(String code, int workingDays) {
		Map<String, Object> draft = new LinkedHashMap<>();
		draft.put("code", code);
		draft.put("name", "食品经营许可告知承诺书");
		draft.put("kind", "APPROVAL_SUBSTITUTE");
		draft.put("departmentCode", DEPARTMENT);
		draft.put("matterLabel", "申请事项");
		draft.put("text", "本单位申请食品经营许可，已知晓告知的全部内容，符合告知的许可条件，愿意承担不实承诺的法律责任。");
		draft.put("items", List.of("所提交的申请材料真实、有效", "经营场所和设施设备符合许可条件", "同意将本承诺及履约情况向社会公开"));
		draft.put("verificationWorkingDays", workingDays);
		draft.put("publicColumn", true);
		draft.put("legalBasis", "《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）");
		return draft;
	}

	/** Writes and publishes a template; returns the published version. */
	JsonNode publishedTemplate(String code, int workingDays) throws Exception {
		JsonNode draft = call(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/commitment-templates"),
				this.officer, template(code, workingDays), 201);
		return call(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(
						"/api/commitment-templates/" + code + "/versions/" + draft.get("version").asInt() + "/publish"),
				this.officer, Map.of(), 200);
	}

	MockHttpSession enterprise(String username, String uscc) throws Exception {
		SystemActor.runAs("test", () -> this.accounts.createEnterpriseUser(username, "法人用户", PASSWORD, uscc));
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andReturn()
			.getRequest()
			.getSession();
	}

	/** A JSON call with an API key, its status checked; the body read as JSON. */
	JsonNode call(MockHttpServletRequestBuilder request, String key, Object body, int status) throws Exception {
		return json(this.mvc.perform(withJson(request.header("X-API-Key", key), body)).andReturn(), status);
	}

	MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	JsonNode json(MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	static final Duration PROJECTION = Duration.ofSeconds(20);

}
