package io.gongxin.catalog;

import io.gongxin.subject.SubjectType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.SystemActor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Draft → edit → publish → version in force by date → diff, on the real application. */
@GongxinIntegrationTest
class CatalogLifecycleIT {

	private static final String KEY = "X-API-Key";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogs catalogs;

	@Autowired
	CatalogRules rules;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	CatalogDrafts drafts;

	String officer;

	String admin;

	@BeforeEach
	void keys() {
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
	}

	@Test
	void seedsTheNationalEditionTheSupplementAndTheCommitmentEditionWithTheirEffectiveDates() {
		assertThat(this.catalogs.versionInForce(LocalDate.of(2025, 6, 30)).label()).isEqualTo("CN-2024");
		assertThat(this.catalogs.versionInForce(LocalDate.of(2026, 4, 1)).label()).isEqualTo("CN-2024-GD-2026");
		assertThat(this.catalogs.versionInForce(LocalDate.of(2026, 11, 30)).label()).isEqualTo("CN-2024-GD-2026");
		assertThat(this.catalogs.versionInForce(LocalDate.of(2026, 12, 1)).label()).isEqualTo("CN-2024-GD-2026-12");
		assertThatThrownBy(() -> this.catalogs.versionInForce(LocalDate.of(2023, 12, 31)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("GX-CAT-008"));
		CatalogVersion current = this.catalogs.versionInForce(LocalDate.of(2026, 4, 1));
		assertThat(this.catalogs.category(current.id(), "XZCF").fields()).hasSize(30);
		assertThat(this.catalogs.field(current.id(), "XZCF", "处罚类别")).map(FieldDefinition::code).contains("CF_CFLB");
	}

	@Test
	void anOfficerProposesAndEditsADraftAndAnAdministratorPublishesIt() throws Exception {
		CatalogVersion base = this.catalogs.versionInForceToday();
		long draft = idOf(this.mvc
			.perform(post("/api/catalog/drafts").header(KEY, this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"label\":\"CN-2024-GD-2027\",\"title\":\"2027年修订草案\",\"note\":\"新增数据项\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.basedOn").value(base.id().value()))
			.andReturn());

		String license = this.mvc
			.perform(get("/api/catalog/versions/{id}/categories/XZXK", draft).header(KEY, this.officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String edited = withField(license,
				"{\"code\":\"XK_SJC\",\"name\":\"数据更新日期\",\"type\":\"DATE\",\"format\":\"yyyy-MM-dd\",\"requirement\":\"OPTIONAL\"}");
		this.mvc
			.perform(put("/api/catalog/drafts/{id}/categories/XZXK", draft).header(KEY, this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(edited))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/catalog/drafts/{id}/categories/XZXK/fields/XK_XKZS", draft).header(KEY, this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"XK_XKZS\",\"name\":\"许可证书名称\",\"type\":\"TEXT\",\"requirement\":\"OPTIONAL\","
						+ "\"maxLength\":128}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.fields[?(@.code == 'XK_XKZS')].maxLength").value(128));
		this.mvc.perform(delete("/api/catalog/drafts/{id}/categories/ZYTG", draft).header(KEY, this.officer))
			.andExpect(status().isNoContent());
		this.mvc.perform(put("/api/catalog/drafts/{id}/code-lists/XKZT", draft).header(KEY, this.officer)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"XKZT\",\"name\":\"许可当前状态\",\"entries\":[{\"code\":\"1\",\"label\":\"有效\"},"
					+ "{\"code\":\"2\",\"label\":\"无效\"},{\"code\":\"3\",\"label\":\"注销\"}],\"configurable\":true}"))
			.andExpect(status().isOk());

		this.mvc
			.perform(post("/api/catalog/drafts/{id}/publication", draft).header(KEY, this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"effectiveFrom\":\"2020-01-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-CAT-007"));
		LocalDate effective = LocalDate.now(this.clock).plusDays(30);
		this.mvc
			.perform(post("/api/catalog/drafts/{id}/publication", draft).header(KEY, this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"effectiveFrom\":\"" + effective + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.effectiveFrom").value(effective.toString()));

		assertThat(this.catalogs.versionInForceToday().id()).isEqualTo(base.id());
		assertThat(this.catalogs.versionInForce(effective).id().value()).isEqualTo(draft);
		assertThat(this.rules.versionInForce(effective)).map(v -> v.id().value()).contains(draft);
		assertThat(this.rules.versionInForce(effective.minusDays(1))).map(CatalogVersion::id).contains(base.id());
		assertThat(this.catalogs.versions()).extracting(CatalogVersion::label)
			.contains("CN-2024", "CN-2024-GD-2026", "CN-2024-GD-2026-12");

		this.mvc
			.perform(get("/api/catalog/diff").param("from", base.id().toString())
				.param("to", Long.toString(draft))
				.header(KEY, this.officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.removedCategories[0].code").value("ZYTG"))
			.andExpect(jsonPath("$.changedCategories[0].code").value("XZXK"))
			.andExpect(jsonPath("$.changedCategories[0].addedFields[0].code").value("XK_SJC"))
			.andExpect(jsonPath("$.changedCategories[0].changedFields[0].code").value("XK_XKZS"))
			.andExpect(jsonPath("$.changedCategories[0].changedFields[0].changedAttributes[0]").value("maxLength"))
			.andExpect(jsonPath("$.changedCodeLists[0]").value("XKZT"));
		this.mvc
			.perform(get("/catalog/diff").param("from", base.id().toString())
				.param("to", Long.toString(draft))
				.header(KEY, this.officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新增数据项")))
			.andExpect(content().string(containsString("XK_SJC")))
			// the changed field in words, with its old and new value
			.andExpect(content().string(containsString("最大长度由“")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("maxLength"))));

		this.mvc
			.perform(put("/api/catalog/drafts/{id}/categories/XZXK", draft).header(KEY, this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(edited))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("GX-CAT-003"));

		Map<String, String> row = Map.of("XK_XDR_MC", "某公司", "XK_SJC", "2027-01-01");
		assertThat(this.rules.check(CatalogVersionId.of(draft), "XZXK", SubjectType.ENTERPRISE, row))
			.noneMatch(v -> RuleViolation.FIELD_NOT_IN_CATALOG.equals(v.ruleCode()));
		assertThat(this.rules.check(base.id(), "XZXK", SubjectType.ENTERPRISE, row))
			.anyMatch(v -> RuleViolation.FIELD_NOT_IN_CATALOG.equals(v.ruleCode()));

		assertThat(this.jdbc.sql("SELECT action FROM audit_event WHERE action LIKE 'catalog.%'")
			.query(String.class)
			.list()).contains("catalog.draft.propose", "catalog.category.put", "catalog.category.remove",
					"catalog.codelist.put", "catalog.version.publish");
	}

	@Test
	void savingACategorysAttributesKeepsTheFieldsItHasAtThatMoment() {
		CatalogVersion draft = SystemActor.callAs("test",
				() -> this.drafts.propose(new DraftProposal("ATTR-KEEP-1", "属性保存测试", null, null)));
		CategoryDefinition before = this.catalogs.category(draft.id(), "XZCF");
		CategoryDefinition fromAStaleForm = this.catalogs.category(draft.id(), "XZXK");
		CategoryDefinition renamed = new CategoryDefinition(before.code(), "行政处罚（调整后）", before.section(),
				before.sectionName(), before.origin(), before.legalBasis(), before.subjectTypes(), before.nature(),
				before.severityTiers(), before.publicity(), fromAStaleForm.fields(), before.configurable(),
				before.note());
		SystemActor.runAs("test", () -> this.drafts.putCategoryAttributes(draft.id(), renamed));
		CategoryDefinition after = this.catalogs.category(draft.id(), "XZCF");
		assertThat(after.name()).isEqualTo("行政处罚（调整后）");
		assertThat(after.fields()).isEqualTo(before.fields());
	}

	@Test
	void addingACodeTheDraftAlreadyHasIsRefusedAndReplacesNothing() {
		CatalogVersion draft = SystemActor.callAs("test",
				() -> this.drafts.propose(new DraftProposal("ADD-EXISTING-1", "新增重复代码测试", null, null)));
		CatalogContent before = this.catalogs.content(draft.id());
		CategoryDefinition penalties = this.catalogs.category(draft.id(), "XZCF");
		CodeList firstList = before.codeLists().get(0);
		assertThatThrownBy(() -> SystemActor.runAs("test", () -> this.drafts.addCategory(draft.id(), penalties)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("GX-CAT-014"));
		assertThatThrownBy(() -> SystemActor.runAs("test",
				() -> this.drafts.addField(draft.id(), "XZCF", penalties.fields().get(1))))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("GX-CAT-014"));
		assertThatThrownBy(() -> SystemActor.runAs("test", () -> this.drafts.addCodeList(draft.id(), firstList)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("GX-CAT-014"));
		assertThat(this.catalogs.content(draft.id())).isEqualTo(before);
	}

	@Test
	void aCategoryThatDoesNotSayWhomARecordIsAboutCannotBePublished() {
		CatalogVersion draft = SystemActor.callAs("test",
				() -> this.drafts.propose(new DraftProposal("ROLES-MISSING-1", "数据项用途缺失测试", null, null)));
		FieldDefinition name = this.catalogs.category(draft.id(), "XZCF").field("CF_XDR_MC").orElseThrow();
		SystemActor.runAs("test", () -> this.drafts.putField(draft.id(), "XZCF", name.withRole(null)));
		LocalDate later = LocalDate.now(this.clock).plusYears(30);
		assertThatThrownBy(() -> SystemActor.runAs("test", () -> this.drafts.publish(draft.id(), later)))
			.isInstanceOfSatisfying(DomainException.class, ex -> {
				assertThat(ex.code()).isEqualTo("GX-CAT-016");
				assertThat(ex.details().get("missing").toString()).contains("XZCF：未指定“主体名称”数据项");
			});
		assertThat(this.catalogs.version(draft.id()).status()).isEqualTo(VersionStatus.DRAFT);
	}

	@Test
	void refusesDraftEditsThatBreakTheRules() throws Exception {
		long draft = idOf(this.mvc
			.perform(post("/api/catalog/drafts").header(KEY, this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"label\":\"BAD-EDITS\",\"title\":\"草案\"}"))
			.andExpect(status().isCreated())
			.andReturn());
		String license = this.mvc
			.perform(get("/api/catalog/versions/{id}/categories/XZXK", draft).header(KEY, this.officer))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String withBloodType = withField(license,
				"{\"code\":\"XK_XX\",\"name\":\"申请人血型\",\"type\":\"TEXT\",\"requirement\":\"OPTIONAL\"}");
		this.mvc
			.perform(put("/api/catalog/drafts/{id}/categories/XZXK", draft).header(KEY, this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(withBloodType))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-CAT-006"));

		ObjectNode broken = (ObjectNode) JSON.readTree(license);
		for (JsonNode field : broken.get("fields")) {
			if (field.get("code").asString().equals("XK_XKZS")) {
				((ObjectNode) field).put("requirement", "CONDITIONAL");
			}
		}
		String conditionalWithoutCondition = JSON.writeValueAsString(broken);
		this.mvc
			.perform(put("/api/catalog/drafts/{id}/categories/XZXK", draft).header(KEY, this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(conditionalWithoutCondition))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-CAT-005"))
			.andExpect(jsonPath("$.errors", hasItem(containsString("condition"))));

		this.mvc
			.perform(put("/api/catalog/drafts/{id}/categories/XZCF", draft).header(KEY, this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(license))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-CAT-009"));

		this.mvc.perform(delete("/api/catalog/drafts/{id}/code-lists/CFLB", draft).header(KEY, this.officer))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("GX-CAT-012"));

		this.mvc
			.perform(post("/api/catalog/drafts").header(KEY, this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"label\":\"BAD-EDITS\",\"title\":\"重复\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("GX-CAT-004"));

		// a draft another version was copied from stays until the copy is gone
		long copy = idOf(this.mvc
			.perform(post("/api/catalog/drafts").header(KEY, this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"label\":\"BAD-EDITS-COPY\",\"title\":\"副本\",\"basedOn\":" + draft + "}"))
			.andExpect(status().isCreated())
			.andReturn());
		this.mvc.perform(delete("/api/catalog/drafts/{id}", draft).header(KEY, this.officer))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("GX-CAT-015"));
		this.mvc.perform(delete("/api/catalog/drafts/{id}", copy).header(KEY, this.officer))
			.andExpect(status().isNoContent());

		this.mvc.perform(delete("/api/catalog/drafts/{id}", draft).header(KEY, this.officer))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/catalog/versions/{id}", draft).header(KEY, this.officer))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("GX-CAT-001"));
	}

	@Test
	void thePublicReadsTheVersionInForceWithoutSigningIn() throws Exception {
		CatalogVersion current = this.catalogs.versionInForceToday();
		this.mvc.perform(get("/api/public/catalog"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version.label").value(current.label()))
			.andExpect(jsonPath("$.categories[?(@.code == 'XZCF')].fields[0].code").value("CF_XDR_MC"));
		this.mvc.perform(get("/api/public/catalog/categories/NOPE"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("GX-CAT-002"));
	}

	@Test
	void pagesShowVersionsAndCategoriesInChinese() throws Exception {
		CatalogVersion current = this.catalogs.versionInForceToday();
		this.mvc.perform(get("/catalog").header(KEY, this.officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("公共信用信息目录")))
			.andExpect(content().string(containsString("（现行）")));
		this.mvc.perform(get("/catalog/{id}", current.id().value()).header(KEY, this.officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("行政处罚决定书文号")))
			.andExpect(content().string(containsString("条件必填")));
		this.mvc.perform(get("/catalog/{id}", 999999).header(KEY, this.officer))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("GX-CAT-001")));
		this.mvc.perform(get("/catalog/abc").header(KEY, this.officer)).andExpect(status().isBadRequest());
	}

	/** Adds a field before the last one (备注). */
	private static String withField(String category, String field) {
		ObjectNode node = (ObjectNode) JSON.readTree(category);
		ArrayNode fields = (ArrayNode) node.get("fields");
		fields.insert(fields.size() - 1, JSON.readTree(field));
		return JSON.writeValueAsString(node);
	}

	private static long idOf(MvcResult result) throws Exception {
		String body = result.getResponse().getContentAsString();
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(body);
		assertThat(id.find()).as(body).isTrue();
		return Long.parseLong(id.group(1));
	}

}
