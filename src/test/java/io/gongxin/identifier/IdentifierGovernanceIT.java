package io.gongxin.identifier;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.SystemActor;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.FileCells;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinIntegrationTest
class IdentifierGovernanceIT {

	private static final DivisionCode SHENZHEN = new DivisionCode("440300");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	IdentifierRegistry registry;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Subjects subjects;

	@Test
	void findsDuplicatesAndInvalidCodesAndCorrectsThemThroughTheSubjectRegister() throws Exception {
		Registration huawei = register("914403001922038216", "华为技术有限公司", "深圳市市场监管局");
		Registration clash = register(CheckCharacters.uscc("91440300MA5CRTD1"), "另一家公司", "深圳市市场监管局");
		Registration typo = register("914403001922038217", "某某公司", "南山区市场监管局");
		assertThat(huawei.verdict()).isEqualTo(Verdict.VALID);
		assertThat(typo.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(this.registry.invalid(0, 10)).extracting(Registration::id).containsExactly(typo.id());
		assertThat(this.registry.duplicates(null, 10)).isEmpty();

		String officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.mvc
			.perform(post("/api/identifiers/registrations/" + typo.id() + "/corrections").header("X-API-Key", officer)
				.contentType("application/json")
				.content("{\"code\": \"91440300708461136t\", \"reason\": \"登记机关核实后更正\", \"version\": 0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("91440300708461136T"))
			.andExpect(jsonPath("$.corrected").value(true));
		assertThat(this.registry.findByCode("914403001922038217")).extracting(Registration::id).contains(typo.id());
		// the subject register, which owns codes, knows the subject under both
		SubjectId typoSubject = new SubjectId(typo.subjectId());
		assertThat(this.subjects.findByKey(SubjectKey.uscc("914403001922038217"))).map(Subject::id)
			.contains(typoSubject);
		assertThat(this.subjects.get(typoSubject).currentKey()).isEqualTo(SubjectKey.uscc("91440300708461136T"));
		assertThat(auditCount("identifier.correct")).isEqualTo(1);
		assertThat(auditCount("subject.key.correct")).isEqualTo(1);

		this.mvc
			.perform(post("/api/identifiers/registrations/" + clash.id() + "/corrections").header("X-API-Key", officer)
				.contentType("application/json")
				.content("{\"code\": \"914403001922038217\", \"reason\": \"x\", \"version\": 0}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-ID-006"));
		// corrected onto a code another, differently named subject holds: a duplicate
		// (重码)
		this.mvc
			.perform(post("/api/identifiers/registrations/" + clash.id() + "/corrections").header("X-API-Key", officer)
				.contentType("application/json")
				.content("{\"code\": \"914403001922038216\", \"reason\": \"依营业执照更正\", \"version\": 0}"))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/identifiers/duplicates").header("X-API-Key", officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("914403001922038216"))
			.andExpect(jsonPath("$[0].registrations.length()").value(2));
		this.mvc.perform(get("/api/identifiers/invalid").header("X-API-Key", officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		this.mvc.perform(get("/api/identifiers/quality").header("X-API-Key", officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.target").value("0.005%"))
			.andExpect(jsonPath("$.rows[?(@.authority == '深圳市市场监管局')].total").value(2))
			.andExpect(jsonPath("$.rows[?(@.authority == '深圳市市场监管局')].duplicate").value(2))
			.andExpect(jsonPath("$.rows[?(@.authority == '深圳市市场监管局')].defective").value(2))
			.andExpect(jsonPath("$.rows[?(@.authority == '深圳市市场监管局')].corrected").value(1))
			.andExpect(jsonPath("$.rows[?(@.authority == '南山区市场监管局')].corrected").value(1))
			.andExpect(jsonPath("$.rows[?(@.authority == '*')].meetsTarget").value(false));
		String csv = this.mvc
			.perform(get("/api/identifiers/quality").param("format", "csv").header("X-API-Key", officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("重错码率").contains("超标 ⚠").contains("南山区市场监管局,深圳市,440300,1,0,0,0,1");
		// the division by name, its code only beside it; the total row in words
		assertThat(FileCells.csvRows(csv.getBytes(StandardCharsets.UTF_8))).allSatisfy(row -> {
			assertThat(row.get(1)).doesNotMatch("\\d{6}");
			assertThat(row.get(0)).isNotEqualTo("*");
		}).anySatisfy(row -> assertThat(row.get(0)).isEqualTo("合计"));
	}

	@Test
	void aCodeTheSubjectRegisterHoldsOrThePlaceholderIsNotEnteredByHand() {
		register(CheckCharacters.uscc("91440300MA5CRTD2"), "深圳市重复录入有限公司", "福田区市场监管局");
		assertThatThrownBy(
				() -> register("9144 0300 MA5C RTD2" + CheckCharacters.uscc("91440300MA5CRTD2").substring(16),
						"深圳市重复录入有限公司", "福田区市场监管局"))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "GX-SUB-002");
		assertThatThrownBy(
				() -> register(IdentifierCheck.PLACEHOLDER, "张三小吃店", "南山区市场监管局", HolderCategory.INDIVIDUAL_BUSINESS))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "GX-ID-005");
	}

	@Test
	void missedCorrectionsAreListedForOfficersOnly() throws Exception {
		this.mvc
			.perform(get("/api/identifiers/missed-corrections").header("X-API-Key",
					ApiKeys.issue(this.accounts, Role.OFFICER, null)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		this.mvc
			.perform(get("/api/identifiers/missed-corrections").header("X-API-Key",
					ApiKeys.issue(this.accounts, Role.PROVIDER, "SCJG")))
			.andExpect(status().isForbidden());
	}

	private int auditCount(String action) {
		return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = :action")
			.param("action", action)
			.query(Integer.class)
			.single();
	}

	@Test
	void onlyOfficersAndAdminsSeeGovernance() throws Exception {
		this.mvc
			.perform(
					get("/api/identifiers/quality").header("X-API-Key", ApiKeys.issue(this.accounts, Role.ADMIN, null)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/identifiers/quality").header("X-API-Key",
					ApiKeys.issue(this.accounts, Role.PROVIDER, "SCJG")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/identifiers/duplicates")).andExpect(status().isUnauthorized());
	}

	@Test
	void naturalPersonsAndBlankInputAreNotRegistered() {
		assertThatThrownBy(() -> register("11010519491231002X", "张三", "x", HolderCategory.NATURAL_PERSON))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "GX-ID-005");
		assertThatThrownBy(() -> register(" ", "某公司", "x")).isInstanceOf(DomainException.class);
	}

	private Registration register(String code, String name, String authority) {
		return register(code, name, authority, HolderCategory.LEGAL_ENTITY);
	}

	private Registration register(String code, String name, String authority, HolderCategory type) {
		return SystemActor.callAs("subject-import",
				() -> this.registry.register(code, name, type, authority, SHENZHEN, null));
	}

}
