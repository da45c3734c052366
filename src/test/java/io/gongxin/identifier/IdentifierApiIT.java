package io.gongxin.identifier;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinIntegrationTest
class IdentifierApiIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anyoneGetsAnExplainedVerdict() throws Exception {
		this.mvc.perform(get("/api/public/identifiers/914403001922038217"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("USCC"))
			.andExpect(jsonPath("$.verdict").value("INVALID"))
			.andExpect(jsonPath("$.reasons[0].code").value("GX-ID-013"));
		this.mvc.perform(get("/api/public/identifiers/9144030071526726xg"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verdict").value("NORMALISABLE"))
			.andExpect(jsonPath("$.canonical").value("9144030071526726XG"))
			.andExpect(jsonPath("$.parts.orgCode").value("71526726X"));
	}

	@Test
	void anonymousCallersSeeCitizenIdsMaskedAndStaffSeeThemInFullWithAnAuditedRead() throws Exception {
		this.mvc.perform(get("/api/public/identifiers/11010519491231002X"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("CITIZEN_ID"))
			.andExpect(jsonPath("$.input").value("110105********002X"))
			.andExpect(jsonPath("$.canonical").value("110105********002X"))
			.andExpect(jsonPath("$.parts.birthDate").doesNotExist())
			.andExpect(jsonPath("$.masked").value(true));
		String provider = ApiKeys.issue(this.accounts, Role.PROVIDER, "SCJG");
		this.mvc.perform(get("/api/public/identifiers/11010519491231002X").header("X-API-Key", provider))
			.andExpect(jsonPath("$.input").value("110105********002X"));
		String officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.mvc.perform(get("/api/public/identifiers/11010519491231002X").header("X-API-Key", officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.input").value("11010519491231002X"))
			.andExpect(jsonPath("$.parts.birthDate").value("1949-12-31"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'identifier.explain'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void badInputGetsAVerdictNotAnError() throws Exception {
		for (String input : List.of("<script>alert(1)</script>", "' OR 1=1; --", "统一社会信用代码", "\uD83D\uDE00",
				"1".repeat(100_000), "", "a/b%c")) {
			this.mvc.perform(get("/api/public/identifiers").param("code", input))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.verdict").value("INVALID"));
		}
		this.mvc.perform(get("/api/public/identifiers/91440300192203821"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reasons[0].code").value("GX-ID-011"));
		this.mvc.perform(get("/api/public/identifiers/x").param("subjectType", "ALIEN"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void officersProvidersAndAdminsValidateAnUploadedCsvColumn() throws Exception {
		byte[] csv = "代码\n914403001922038216\n00000000000000000X\n".getBytes(StandardCharsets.UTF_8);
		for (String key : List.of(ApiKeys.issue(this.accounts, Role.OFFICER, null),
				ApiKeys.issue(this.accounts, Role.PROVIDER, "SCJG"), ApiKeys.issue(this.accounts, Role.ADMIN, null))) {
			String result = this.mvc
				.perform(upload(new MockMultipartFile("file", "codes.csv", "text/csv", csv)).header("X-API-Key", key)
					.param("subjectType", "INDIVIDUAL_BUSINESS"))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("text/csv"))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			// Chinese titles and verdicts, no enum constants: people open this file
			assertThat(result).startsWith("\uFEFF行号,输入值,代码类型,校验结果,规范写法,原因")
				.contains("1,914403001922038216,统一社会信用代码,正确")
				.contains("2,00000000000000000X,统一社会信用代码,占位代码")
				.doesNotContain("USCC")
				.doesNotContain("VALID")
				.doesNotContain("PLACEHOLDER");
		}
	}

	@Test
	void anXlsxUploadIsValidatedToo() throws Exception {
		byte[] xlsx = Xlsx.of(List.of(List.of("名称", "代码"), List.of("阿里巴巴", "91330100799655058B")));
		String officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		String result = this.mvc
			.perform(upload(new MockMultipartFile("file", "codes.xlsx", "application/octet-stream", xlsx))
				.header("X-API-Key", officer)
				.param("column", "2"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(result).contains("1,91330100799655058B,统一社会信用代码,正确");
	}

	@Test
	void otherRolesAndAnonymousCallersCannotUpload() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "codes.csv", "text/csv", "x\n".getBytes());
		this.mvc.perform(upload(file).header("X-API-Key", ApiKeys.issue(this.accounts, Role.REVIEWER, null)))
			.andExpect(status().isForbidden());
		this.mvc.perform(upload(file).header("X-API-Key", ApiKeys.issue(this.accounts, Role.BANK, "BANK1")))
			.andExpect(status().isForbidden());
		// Without a key the request is refused (401, or 403 from the CSRF check of a form
		// post).
		this.mvc.perform(upload(file))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isIn(401, 403));
	}

	@Test
	void badUploadsAreRefusedWithACode() throws Exception {
		String officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.mvc
			.perform(upload(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0])).header("X-API-Key",
					officer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-ID-007"));
		this.mvc
			.perform(upload(new MockMultipartFile("file", "a.csv", "text/csv", "x".getBytes()))
				.header("X-API-Key", officer)
				.param("column", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-ID-007"));
		this.mvc
			.perform(upload(new MockMultipartFile("file", "broken.xlsx", "application/octet-stream",
					new byte[] { 'P', 'K', 3, 4, 1, 2, 3 }))
				.header("X-API-Key", officer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-ID-007"));
	}

	@Test
	void adminsKeepTheAllowListOfIrregularCodes() throws Exception {
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		this.mvc.perform(get("/api/public/identifiers/91350211M00013FA1N"))
			.andExpect(jsonPath("$.verdict").value("INVALID"));
		this.mvc
			.perform(put("/api/admin/identifiers/known-irregular/91350211M00013FA1N").header("X-API-Key", admin)
				.contentType("application/json")
				.content("{\"note\": \"厦门试点期间赋码\"}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/public/identifiers/91350211M00013FA1N"))
			.andExpect(jsonPath("$.verdict").value("KNOWN_IRREGULAR"));
		this.mvc
			.perform(put("/api/admin/identifiers/known-irregular/91350211M00013FA1N")
				.header("X-API-Key", ApiKeys.issue(this.accounts, Role.OFFICER, null))
				.contentType("application/json")
				.content("{\"note\": \"x\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(put("/api/admin/identifiers/categories/9/8").header("X-API-Key", admin)
				.contentType("application/json")
				.content("{\"departmentName\": \"市场监管\", \"categoryName\": \"测试类别\"}"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql(
				"SELECT count(*) FROM audit_event WHERE action IN ('identifier.irregular.list', 'identifier.category.put')")
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	private static MockMultipartHttpServletRequestBuilder upload(MockMultipartFile file) {
		return multipart("/api/identifiers/validations").file(file);
	}

}
