package io.gongxin.catalog;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.platform.SystemActor;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.Browser;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.HtmlForm;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The draft editing screens over real HTTP against the running app: people sign in with
 * the form, read each form from its page and post it with the page's CSRF token, as a
 * browser does.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogDraftPagesIT {

	static final String PASSWORD = "draft-pages-password-1";

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Catalogs catalogs;

	@Autowired
	CatalogDrafts drafts;

	@Autowired
	JdbcClient jdbc;

	CatalogVersion base;

	@BeforeAll
	void users() {
		SystemActor.runAs("test", () -> {
			this.accounts.createUser("officer.drafts", "目录专员", PASSWORD, Role.OFFICER, null);
			this.accounts.createUser("reviewer.drafts", "审核员", PASSWORD, Role.REVIEWER, null);
			this.accounts.createUser("admin.drafts", "管理员", PASSWORD, Role.ADMIN, null);
		});
		this.base = this.catalogs.versionInForceToday();
	}

	@Test
	void anOfficerProposesAndEditsADraftOnThePagesAndAnAdministratorPublishesIt() throws Exception {
		Browser officer = signedIn("officer.drafts");
		HtmlForm proposal = HtmlForm.read(officer.page("/catalog").body(), "proposal-form");
		assertThat(proposal.value("basedOn")).as("the version in force is the default base")
			.isEqualTo(this.base.id().toString());
		HttpResponse<String> proposed = officer
			.post(proposal.set("label", "GD-2027-PAGES").set("title", "2027年目录调整草案").set("note", "新增数据更新日期"));
		assertThat(proposed.statusCode()).isEqualTo(302);
		String draftPage = location(proposed);
		assertThat(draftPage).startsWith("/catalog/drafts/");
		long draft = Long.parseLong(draftPage.substring(draftPage.lastIndexOf('/') + 1));
		assertThat(officer.page(draftPage).body()).contains("已提出草案 GD-2027-PAGES")
			// discarding and deleting ask first (static/js/confirm.js)
			.contains("data-confirm=\"确定废弃目录草案“")
			.contains("data-confirm=\"确定从草案中删除信息类别 ")
			.contains("/js/confirm.js")
			.contains("与所依据版本比较")
			.contains("/catalog/diff?from=" + this.base.id() + "&amp;to=" + draft);

		// a field added at the end of 行政许可信息
		HtmlForm field = HtmlForm.read(officer.page(draftPage + "/categories/XZXK/fields/new").body(), "field-form")
			.set("code", "XK_SJC")
			.set("name", "数据更新日期")
			.set("type", "DATE")
			.set("format", "yyyy-MM-dd");
		HttpResponse<String> added = officer.post(field);
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(location(added)).isEqualTo(draftPage + "/categories/XZXK");
		assertThat(officer.page(draftPage + "/categories/XZXK").body()).contains("已新增数据项 XK_SJC").contains("数据更新日期");

		// a code list with one more entry
		HtmlForm codeList = HtmlForm.read(officer.page(draftPage + "/code-lists/XKZT").body(), "code-list-form");
		assertThat(codeList.value("entries")).isEqualTo("1 有效\n2 无效");
		assertThat(officer.post(codeList.set("entries", "1 有效\n2 无效\n3 注销")).statusCode()).isEqualTo(302);
		assertThat(codeList(draft, "XKZT").entries()).extracting(CodeEntry::label).containsExactly("有效", "无效", "注销");
		assertThat(codeList(draft, "XKZT").configurable()).isTrue();

		// a field naming sensitive personal data is refused on the page, with what was
		// typed
		HttpResponse<String> refused = officer
			.post(HtmlForm.read(officer.page(draftPage + "/categories/XZXK/fields/new").body(), "field-form")
				.set("code", "XK_ZJXY")
				.set("name", "申请人宗教信仰"));
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(refused.body()).contains("数据项涉及敏感个人信息，不得定义")
			.contains("GX-CAT-006")
			.contains("XK_ZJXY: 宗教信仰")
			.contains("value=\"申请人宗教信仰\"")
			.doesNotContain("Exception");
		assertThat(category(draft, "XZXK").field("XK_ZJXY")).isEmpty();

		// only the administrator sees the publication form; it offers the earliest date
		assertThat(officer.page(draftPage).body()).doesNotContain("publish-form");
		Browser admin = signedIn("admin.drafts");
		HtmlForm publication = HtmlForm.read(admin.page(draftPage).body(), "publish-form");
		LocalDate effective = LocalDate.parse(publication.value("effectiveFrom")).plusDays(30);
		HttpResponse<String> published = admin.post(publication.set("effectiveFrom", effective.toString()));
		assertThat(published.statusCode()).isEqualTo(302);
		assertThat(location(published)).isEqualTo("/catalog");
		assertThat(admin.page("/catalog").body()).contains("目录版本 GD-2027-PAGES 已发布，自 " + effective + " 起生效。")
			.contains(">" + effective + "<");
		CatalogVersion version = this.catalogs.version(CatalogVersionId.of(draft));
		assertThat(version.status()).isEqualTo(VersionStatus.PUBLISHED);
		assertThat(version.effectiveFrom()).isEqualTo(effective);
		assertThat(version.publishedBy()).isEqualTo("admin.drafts");
		assertThat(admin.page(draftPage).statusCode()).as("a published version is browsed, not edited").isEqualTo(302);

		String diff = officer.page("/catalog/diff?from=" + this.base.id() + "&to=" + draft).body();
		assertThat(diff).contains("XK_SJC 数据更新日期").contains("修改：XKZT");
		assertThat(auditedActions()).contains("catalog.draft.propose", "catalog.category.put", "catalog.codelist.put",
				"catalog.version.publish");
	}

	@Test
	void aCategorySavedAsShownStaysAsItWasAndAChangedPublicityPeriodIsKept() throws Exception {
		Browser officer = signedIn("officer.drafts");
		long draft = propose(officer, "GD-ROUND-TRIP");
		String page = "/catalog/drafts/" + draft + "/categories/XZCF";
		assertThat(officer.post(HtmlForm.read(officer.page(page).body(), "category-form")).statusCode()).isEqualTo(302);
		assertThat(this.catalogs.diff(this.base.id(), CatalogVersionId.of(draft)).isEmpty())
			.as("every attribute survives the form unchanged")
			.isTrue();

		HtmlForm changed = HtmlForm.read(officer.page(page).body(), "category-form")
			.set("tiers[1].minimumMonths", "6")
			.set("publicityBasis", "《信用修复管理办法》（页面调整）");
		assertThat(officer.post(changed).statusCode()).isEqualTo(302);
		assertThat(officer.page(page).body()).contains("信息类别 XZCF 已保存。");
		CategoryDefinition before = this.catalogs.category(this.base.id(), "XZCF");
		CategoryDefinition after = category(draft, "XZCF");
		assertThat(after.fields()).isEqualTo(before.fields());
		assertThat(after.publicity().tiers()).contains(new TierPublicity(SeverityTier.GENERAL, true, 6, 12),
				new TierPublicity(SeverityTier.SERIOUS, true, 12, 36));
		assertThat(this.catalogs.diff(this.base.id(), CatalogVersionId.of(draft)).changedCategories()).singleElement()
			.satisfies(change -> assertThat(change.changedAttributes()).containsExactly("publicity"));
	}

	@Test
	void refusedChangesAreShownWithTheirChineseReasonAndStableCodeAndChangeNothing() throws Exception {
		Browser officer = signedIn("officer.drafts");
		long draft = propose(officer, "GD-REFUSALS");
		String draftPage = "/catalog/drafts/" + draft;

		HttpResponse<String> sameLabel = officer.post(HtmlForm.read(officer.page("/catalog").body(), "proposal-form")
			.set("label", "GD-REFUSALS")
			.set("title", "重复的草案"));
		assertThat(location(sameLabel)).isEqualTo("/catalog");
		assertThat(officer.page("/catalog").body()).contains("版本标识已被使用").contains("GX-CAT-004");
		HttpResponse<String> badLabel = officer.post(
				HtmlForm.read(officer.page("/catalog").body(), "proposal-form").set("label", "空 格").set("title", "草案"));
		assertThat(location(badLabel)).isEqualTo("/catalog");
		assertThat(officer.page("/catalog").body()).contains("GX-REQ-001").contains("版本标识").contains("value=\"空 格\"");

		HttpResponse<String> noCondition = officer
			.post(HtmlForm.read(officer.page(draftPage + "/categories/XZCF/fields/new").body(), "field-form")
				.set("code", "CF_TEST")
				.set("name", "测试数据项")
				.set("requirement", "CONDITIONAL"));
		assertThat(noCondition.statusCode()).isEqualTo(422);
		assertThat(noCondition.body()).contains("GX-CAT-005").contains("缺少必填项：条件所依据的数据项");
		// the mistake below the input it concerns, what was typed still in the form, no
		// English
		assertThat(noCondition.body()).containsPattern("data-field=\"conditionField\"[^>]*>缺少必填项：条件所依据的数据项<")
			.contains("value=\"CF_TEST\"")
			.contains("value=\"测试数据项\"")
			.doesNotContain("is not valid");

		HttpResponse<String> badCode = officer
			.post(HtmlForm.read(officer.page(draftPage + "/categories/XZCF/fields/new").body(), "field-form")
				.set("code", "cf test")
				.set("name", "小写代码"));
		assertThat(badCode.statusCode()).isEqualTo(422);
		assertThat(badCode.body()).containsPattern("data-field=\"code\"[^>]*>数据项代码须以大写字母开头")
			.contains("value=\"cf test\"")
			.doesNotContain("field code must be");

		HttpResponse<String> sameField = officer
			.post(HtmlForm.read(officer.page(draftPage + "/categories/XZCF/fields/new").body(), "field-form")
				.set("code", "CF_WSH")
				.set("name", "另一个文号"));
		assertThat(sameField.statusCode()).isEqualTo(409);
		assertThat(sameField.body()).contains("GX-CAT-014").contains("数据项 CF_WSH 已存在");
		assertThat(sameField.body()).containsPattern("data-field=\"code\"[^>]*>草案中已有相同代码").contains("value=\"另一个文号\"");

		HttpResponse<String> notANumber = officer
			.post(HtmlForm.read(officer.page(draftPage + "/categories/XZCF/fields/CF_WSH").body(), "field-form")
				.set("maxLength", "很长"));
		assertThat(notANumber.statusCode()).isEqualTo(400);
		assertThat(notANumber.body()).contains("GX-REQ-001").contains("最大长度：格式不正确");
		assertThat(notANumber.body()).containsPattern("data-field=\"maxLength\"[^>]*>最大长度格式不正确<");

		HttpResponse<String> noEntries = officer
			.post(HtmlForm.read(officer.page(draftPage + "/code-lists/XKZT").body(), "code-list-form")
				.set("entries", "1有效"));
		assertThat(noEntries.statusCode()).isEqualTo(422);
		assertThat(noEntries.body()).contains("取值第1行缺少名称");

		// buttons that the page does not offer in this state, posted all the same
		officer.submit(draftPage, draftPage + "/code-lists/CFLB/removal");
		assertThat(officer.page(draftPage).body()).contains("代码表仍被信息类别使用，不能删除")
			.contains("GX-CAT-012")
			.contains("使用该代码表的信息类别：XZCF");
		officer.submit(draftPage, draftPage + "/categories/XZCF/fields/CF_CFLB/removal");
		assertThat(officer.page(draftPage + "/categories/XZCF").body()).contains("GX-CAT-005").contains("条件所依据的数据项不存在");

		Browser admin = signedIn("admin.drafts");
		HttpResponse<String> past = admin
			.post(HtmlForm.read(admin.page(draftPage).body(), "publish-form").set("effectiveFrom", "2020-01-01"));
		assertThat(location(past)).isEqualTo(draftPage);
		assertThat(admin.page(draftPage).body()).contains("生效日期不符合要求").contains("GX-CAT-007");

		// a draft another version was copied from stays
		SystemActor.runAs("test", () -> this.drafts
			.propose(new DraftProposal("GD-REFUSALS-2", "依据草案的草案", null, CatalogVersionId.of(draft))));
		officer.submit(draftPage, draftPage + "/removal");
		assertThat(officer.page(draftPage).body()).contains("另有版本以该草案为依据，不能废弃").contains("GX-CAT-015");

		assertThat(this.catalogs.diff(this.base.id(), CatalogVersionId.of(draft)).isEmpty()).isTrue();
		assertThat(this.catalogs.version(CatalogVersionId.of(draft)).isDraft()).isTrue();
	}

	@Test
	void anOfficerAddsACategoryWithItsOwnCodeListRemovesThemAgainAndDiscardsTheDraft() throws Exception {
		Browser officer = signedIn("officer.drafts");
		long draft = propose(officer, "GD-NEW-CATEGORY");
		String draftPage = "/catalog/drafts/" + draft;

		HtmlForm list = HtmlForm.read(officer.page(draftPage + "/code-lists/new").body(), "code-list-form")
			.set("code", "BLXW")
			.set("name", "不良行为类别")
			.set("entries", "1 一般不良行为\r\n2\t严重不良行为\r\n");
		assertThat(location(officer.post(list))).isEqualTo(draftPage);
		assertThat(codeList(draft, "BLXW").entries()).containsExactly(new CodeEntry("1", "一般不良行为"),
				new CodeEntry("2", "严重不良行为"));

		HtmlForm category = HtmlForm.read(officer.page(draftPage + "/categories/new").body(), "category-form")
			.set("code", "GD_YMCS")
			.set("name", "页面测试不良记录")
			.set("section", "10")
			.set("sectionName", "遵守法律法规情况信息")
			.set("legalBasisText", "《广东省社会信用条例》")
			.set("legislation", "true")
			.set("nature", "NEGATIVE")
			.add("subjectTypes", "ENTERPRISE")
			.add("subjectTypes", "NATURAL_PERSON")
			.add("severityTiers", "GENERAL")
			.set("tiers[1].mode", "PUBLISHED")
			.set("tiers[1].maximumMonths", "12")
			.set("firstFieldCode", "YMCS_MC")
			.set("firstFieldName", "主体名称");
		HttpResponse<String> created = officer.post(category);
		assertThat(location(created)).isEqualTo(draftPage + "/categories/GD_YMCS");
		CategoryDefinition added = category(draft, "GD_YMCS");
		assertThat(added.subjectTypes()).containsExactly(io.gongxin.subject.SubjectType.ENTERPRISE,
				io.gongxin.subject.SubjectType.NATURAL_PERSON);
		assertThat(added.legalBasis().legislation()).isTrue();
		assertThat(added.publicity().tiers()).containsExactly(new TierPublicity(SeverityTier.GENERAL, true, null, 12));
		assertThat(added.fields()).extracting(FieldDefinition::code).containsExactly("YMCS_MC");

		HtmlForm codeField = HtmlForm
			.read(officer.page(draftPage + "/categories/GD_YMCS/fields/new").body(), "field-form")
			.set("code", "YMCS_LB")
			.set("name", "不良行为类别")
			.set("type", "CODE")
			.set("codeList", "BLXW")
			.set("requirement", "MANDATORY")
			.set("maxLength", "8");
		assertThat(officer.post(codeField).statusCode()).isEqualTo(302);
		assertThat(category(draft, "GD_YMCS").field("YMCS_LB")).hasValueSatisfying(field -> {
			assertThat(field.codeList()).isEqualTo("BLXW");
			assertThat(field.maxLength()).isEqualTo(8);
		});
		assertThat(officer.page(draftPage).body()).contains("GD_YMCS").doesNotContain("删除代码表 BLXW");

		officer.submit(draftPage, draftPage + "/categories/GD_YMCS/fields/YMCS_LB/removal");
		officer.submit(draftPage, draftPage + "/code-lists/BLXW/removal");
		officer.submit(draftPage, draftPage + "/categories/GD_YMCS/removal");
		assertThat(this.catalogs.diff(this.base.id(), CatalogVersionId.of(draft)).isEmpty()).isTrue();

		HttpResponse<byte[]> discarded = officer.submit(draftPage, draftPage + "/removal");
		assertThat(discarded.headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/catalog"));
		assertThat(officer.page("/catalog").body()).contains("草案 GD-NEW-CATEGORY 已废弃。");
		HttpResponse<String> gone = officer.page(draftPage);
		assertThat(gone.statusCode()).isEqualTo(404);
		assertThat(gone.body()).contains("GX-CAT-001");
		assertThat(auditedActions()).contains("catalog.codelist.remove", "catalog.category.remove",
				"catalog.draft.discard");
	}

	@Test
	void aReviewerReadsDraftsButEveryChangeIsRefused() throws Exception {
		long draft = propose(signedIn("officer.drafts"), "GD-REVIEWED");
		String draftPage = "/catalog/drafts/" + draft;
		Browser reviewer = signedIn("reviewer.drafts");
		assertThat(reviewer.page("/catalog").body()).contains("GD-REVIEWED").doesNotContain("proposal-form");
		HttpResponse<String> overview = reviewer.page(draftPage);
		assertThat(overview.statusCode()).isEqualTo(200);
		assertThat(overview.body()).contains("与所依据版本比较")
			.doesNotContain("publish-form")
			.doesNotContain("discard-form")
			.doesNotContain("/removal");
		String categoryPage = reviewer.page(draftPage + "/categories/XZCF").body();
		assertThat(categoryPage).contains("<fieldset disabled").doesNotContain("保存类别属性");
		assertThat(reviewer.page(draftPage + "/categories/XZCF/fields/CF_WSH").body()).contains("<fieldset disabled");
		assertThat(reviewer.page(draftPage + "/code-lists/CFLB").body()).contains("<fieldset disabled");
		assertThat(reviewer.page(draftPage + "/categories/new").statusCode()).isEqualTo(403);

		for (String action : List.of("/catalog/drafts", draftPage + "/categories", draftPage + "/categories/XZCF",
				draftPage + "/categories/XZCF/removal", draftPage + "/categories/XZCF/fields",
				draftPage + "/categories/XZCF/fields/CF_WSH", draftPage + "/categories/XZCF/fields/BZ/removal",
				draftPage + "/code-lists", draftPage + "/code-lists/XKZT", draftPage + "/code-lists/ZSCQLX/removal",
				draftPage + "/removal", draftPage + "/publication")) {
			HttpResponse<byte[]> refused = reviewer.submit(draftPage, action, "label", "REVIEWER-" + draft, "title",
					"审核员草案", "name", "名称", "effectiveFrom", LocalDate.now().plusYears(5).toString());
			assertThat(refused.statusCode()).as(action).isEqualTo(403);
		}
		assertThat(this.catalogs.diff(this.base.id(), CatalogVersionId.of(draft)).isEmpty()).isTrue();
		assertThat(this.catalogs.version(CatalogVersionId.of(draft)).isDraft()).isTrue();
	}

	@Test
	void anOfficerCannotPublish() throws Exception {
		Browser officer = signedIn("officer.drafts");
		long draft = propose(officer, "GD-NOT-BY-OFFICER");
		String draftPage = "/catalog/drafts/" + draft;
		HttpResponse<byte[]> refused = officer.submit(draftPage, draftPage + "/publication", "effectiveFrom",
				LocalDate.now().plusYears(6).toString());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("GX-SEC-002");
		assertThat(this.catalogs.version(CatalogVersionId.of(draft)).isDraft()).isTrue();
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndOtherRolesAreRefused() throws Exception {
		long draft = propose(signedIn("officer.drafts"), "GD-NOT-PUBLIC");
		String draftPage = "/catalog/drafts/" + draft;
		this.mvc.perform(get(draftPage))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/login")));
		this.mvc.perform(
				post(draftPage + "/categories/XZCF/fields").param("code", "CF_ANON").param("name", "匿名").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/login")));
		this.mvc.perform(post(draftPage + "/publication").param("effectiveFrom", "2040-01-01").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/login")));
		for (Role role : List.of(Role.PROVIDER, Role.BANK)) {
			String key = ApiKeys.issue(this.accounts, role, "GZ-SCJGJ");
			this.mvc.perform(get(draftPage).header("X-API-Key", key)).andExpect(status().isForbidden());
			this.mvc.perform(post(draftPage + "/categories/XZCF/removal").header("X-API-Key", key))
				.andExpect(status().isForbidden());
		}
		assertThat(category(draft, "XZCF").field("CF_ANON")).isEmpty();
		assertThat(this.catalogs.categories(CatalogVersionId.of(draft))).extracting(CategoryDefinition::code)
			.contains("XZCF");
	}

	private Browser signedIn(String username) throws Exception {
		Browser browser = new Browser(this.port);
		assertThat(browser.signIn(username, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
		return browser;
	}

	/** Proposes a draft of the version in force through the versions page. */
	private long propose(Browser browser, String label) throws Exception {
		HttpResponse<String> proposed = browser.post(HtmlForm.read(browser.page("/catalog").body(), "proposal-form")
			.set("label", label)
			.set("title", "页面测试草案"));
		String page = location(proposed);
		assertThat(page).startsWith("/catalog/drafts/");
		return Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
	}

	private CategoryDefinition category(long draft, String code) {
		return this.catalogs.categories(CatalogVersionId.of(draft))
			.stream()
			.filter(category -> category.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private CodeList codeList(long draft, String code) {
		return this.catalogs.codeLists(CatalogVersionId.of(draft))
			.stream()
			.filter(list -> list.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private List<String> auditedActions() {
		return this.jdbc.sql("SELECT action FROM audit_event WHERE action LIKE 'catalog.%'").query(String.class).list();
	}

	private static String location(HttpResponse<?> response) {
		String location = response.headers()
			.firstValue("Location")
			.orElseThrow(
					() -> new AssertionError("no redirect (status " + response.statusCode() + "): " + response.body()));
		return URI.create(location).getPath();
	}

}
