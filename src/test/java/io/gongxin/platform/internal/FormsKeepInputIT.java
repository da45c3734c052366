package io.gongxin.platform.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Refused back-office forms come back as they were sent: 422, the same page, what was
 * typed still in the inputs and the mistake in Chinese right below its field; a good post
 * still redirects.
 */
@GongxinIntegrationTest
class FormsKeepInputIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	String officer;

	String admin;

	@BeforeEach
	void keys() {
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
	}

	@Test
	void anAgencyWithABrokenCreditCodeIsShownAgainWithTheCodeKept() throws Exception {
		String page = refused(post("/exchange/agencies").param("code", "AG-FORM")
			.param("name", "公信征信有限公司")
			.param("uscc", "91330000MA2B3C4D5X")
			.param("filingNumber", "BA-001")
			.param("filingAuthority", "中国人民银行某分行")
			.param("categories", "XZCF"), this.officer);
		assertThat(page).contains("<h1>信用服务机构</h1>").contains("id=\"form-errors\"");
		assertKept(page, "name", "公信征信有限公司");
		assertKept(page, "uscc", "91330000MA2B3C4D5X");
		assertThat(errorOf(page, "uscc")).contains("统一社会信用代码无效");
		assertThat(page).doesNotContain("data-field=\"name\"");
	}

	@Test
	void aBrokenModelDefinitionStaysInTheEditorWithTheRuleBelowIt() throws Exception {
		String page = refused(post("/evaluation/models").param("definition", "{\"code\":"), this.officer);
		assertThat(page).contains("id=\"draft\"").contains("id=\"form-errors\"");
		assertThat(page).contains(">{&quot;code&quot;:</textarea>");
		assertThat(errorOf(page, "definition")).contains("评价模型定义不符合要求");
	}

	@Test
	void aSamplingRatioWithLettersIsShownAgainWithTheLettersAndWhatANumberNeeds() throws Exception {
		String clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, "GZ-SCJGJ");
		String page = this.mvc
			.perform(post("/evaluation/sampling").header("X-API-Key", clerk)
				.header("Referer", "http://localhost/evaluation/sampling")
				.param("taskName", "食品经营抽查")
				.param("field", "食品安全")
				.param("modelCode", "COMPOSITE")
				.param("ratioA", "五")
				.param("ratioB", "10")
				.param("ratioC", "20")
				.param("ratioD", "30")
				.param("inspectors", "张三\n李四"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertKept(page, "taskName", "食品经营抽查");
		assertKept(page, "ratioA", "五");
		assertThat(page).contains(">张三\n李四</textarea>");
		assertThat(errorOf(page, "ratioA")).isEqualTo("请填写数字。");
		assertThat(page).doesNotContain("data-field=\"ratioB\"");
	}

	@Test
	void aCommitmentTemplateWithABadCodeKeepsEveryTypedValue() throws Exception {
		String page = refused(post("/commitments/templates").param("code", "坏 编号")
			.param("name", "告知承诺制审批承诺书")
			.param("kind", "APPROVAL_SUBSTITUTE")
			.param("departmentCode", "GZ-SCJGJ")
			.param("text", "本单位承诺所填信息真实。")
			.param("items", "信息真实\n按期履约")
			.param("verificationWorkingDays", "20")
			.param("legalBasis", "《优化营商环境条例》")
			.param("breachTier", "GENERAL"), this.officer);
		assertKept(page, "code", "坏 编号");
		assertKept(page, "name", "告知承诺制审批承诺书");
		assertThat(page).contains(">信息真实\n按期履约</textarea>");
		// the box left unticked stays unticked
		assertThat(page).containsPattern("name=\"publicColumn\" id=\"t-public\">");
		assertThat(errorOf(page, "code")).isNotBlank().doesNotContain("template");
	}

	@Test
	void aRecordNumberWithLettersComesBackToTheRemedyDeskWithTheFindingKept() throws Exception {
		String page = this.mvc
			.perform(post("/remedies/corrections").header("X-API-Key", this.officer)
				.header("Referer", "http://localhost/remedies")
				.param("recordId", "12a")
				.param("finding", "处罚决定日期录入错误"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertKept(page, "recordId", "12a");
		assertThat(page).contains(">处罚决定日期录入错误</textarea>");
		assertThat(errorOf(page, "recordId")).isEqualTo("请填写数字。");
	}

	@Test
	void aTargetPlatformWithLettersInItsPackageSizeKeepsItsSettings() throws Exception {
		String page = this.mvc
			.perform(post("/ops/exchange/targets").header("X-API-Key", this.officer)
				.header("Referer", "http://localhost/ops/exchange")
				.param("code", "GD_FORMS")
				.param("name", "广东省公共信用信息平台")
				.param("level", "PROVINCE")
				.param("adapter", "FILE")
				.param("format", "CSV")
				.param("encoding", "GBK")
				.param("categories", "XZCF")
				.param("packageSize", "一千")
				.param("intervalMinutes", "60")
				.param("url", "https://gd.example.gov.cn/receive"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertKept(page, "packageSize", "一千");
		assertKept(page, "url", "https://gd.example.gov.cn/receive");
		assertThat(page).contains("<option value=\"GBK\" selected=\"selected\">GBK</option>");
		assertThat(errorOf(page, "packageSize")).isEqualTo("请填写数字。");
	}

	@Test
	void aTargetPlatformWithoutAnAddressIsRefusedBelowTheAddress() throws Exception {
		String page = refused(post("/ops/exchange/targets").param("code", "GD_FORMS2")
			.param("name", "广东省公共信用信息平台")
			.param("level", "PROVINCE")
			.param("adapter", "FILE")
			.param("format", "CSV")
			.param("encoding", "UTF-8")
			.param("categories", "XZCF")
			.param("packageSize", "1000")
			.param("intervalMinutes", "60")
			.param("url", ""), this.officer);
		assertKept(page, "code", "GD_FORMS2");
		assertThat(errorOf(page, "url")).contains("接收地址");
	}

	@Test
	void aWithdrawalReasonTooLongStaysBelowTheReason() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/content").header("X-API-Key", this.officer)
				.param("column", "NOTICE")
				.param("title", "关于表单的通知")
				.param("source", "公信市信用办")
				.param("body", "正文"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String edit = created.getResponse().getRedirectedUrl();
		long id = Long.parseLong(edit.replaceAll("\\D", ""));
		this.mvc.perform(post("/content/{id}/publication", id).header("X-API-Key", this.officer))
			.andExpect(status().is3xxRedirection());
		String reason = "过".repeat(201);
		String page = refused(post("/content/{id}/withdrawal", id).param("reason", reason), this.officer);
		assertKept(page, "reason", reason);
		assertThat(errorOf(page, "reason")).isNotBlank();
		this.mvc.perform(post("/content/{id}/withdrawal", id).header("X-API-Key", this.officer).param("reason", "已过时"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aMeasureWithoutItsLegalBasisKeepsItsChoicesAndSaysSoBelowTheBasis() throws Exception {
		String page = refused(post("/measures").param("code", "sp-09")
			.param("list", "SUPPLEMENTARY_SANCTION")
			.param("kind", "MANAGEMENT")
			.param("name", "限制申报市级专项资金")
			.param("content", "严重失信主体不得申报。")
			.param("action", "申报受理时核查。")
			.param("legalBasis", "")
			.param("trigger", "SEVERE_DISHONESTY")
			.param("targets", "SUBJECT")
			.param("scenarios", "FISCAL_SUBSIDY"), this.officer);
		assertKept(page, "name", "限制申报市级专项资金");
		assertThat(page).contains(">严重失信主体不得申报。</textarea>")
			.containsPattern("value=\"FISCAL_SUBSIDY\"[^>]*checked=\"checked\"");
		assertThat(errorOf(page, "legalBasis")).contains("法律、法规或中央政策文件依据");
	}

	@Test
	void aSubscriptionRefusedKeepsWhatWasChosenAndAGoodOneStillRedirects() throws Exception {
		String page = refused(post("/subscriptions").param("eventTypes", "creditfile.item-published")
			.param("subjectCodes", "91440101MA59XXXX0X")
			.param("purpose", "SUPERVISION")
			.param("delivery", "WEBHOOK")
			.param("webhookUrl", "ftp://example.org/hook"), this.officer);
		assertThat(page).contains("id=\"form-errors\"").contains(">91440101MA59XXXX0X</textarea>");
		assertThat(page).containsPattern("value=\"WEBHOOK\"[^>]*checked=\"checked\"");
		this.mvc
			.perform(post("/exchange/agencies").header("X-API-Key", this.officer)
				.param("code", "AG-GOOD")
				.param("name", "公信征信有限公司")
				.param("uscc", CheckCharacters.uscc("91440101MA9F0RM1"))
				.param("filingNumber", "BA-002")
				.param("filingAuthority", "中国人民银行某分行")
				.param("categories", "XZCF"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void anEmptyUploadKeepsTheChosenCategoryAndSaysSoBelowTheFile() throws Exception {
		SystemActor.runAs("test", () -> this.providers.register(
				new Provider("GZ-FORMS", "广州市表单测试局", CheckCharacters.uscc("11440100MB2F0RM1"), "440100", true, 0)));
		String page = this.mvc
			.perform(multipart("/ingest/uploads").file(new MockMultipartFile("file", "空.csv", "text/csv", new byte[0]))
				.param("provider", "GZ-FORMS")
				.param("category", "XZXK")
				.header("X-API-Key", this.officer))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("<option value=\"XZXK\" selected=\"selected\">行政许可</option>");
		assertThat(errorOf(page, "file")).contains("文件为空");
	}

	@Test
	void aYearInWordsKeepsThePastedNoticeAndAsksForANumberBelowTheYear() throws Exception {
		String page = this.mvc
			.perform(post("/admin/calendar/preview").header("X-API-Key", this.admin)
				.header("Referer", "http://localhost/admin/calendar")
				.param("year", "二〇二七")
				.param("notice", "{\"year\": 2027}"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertKept(page, "year", "二〇二七");
		assertThat(page).contains(">{&quot;year&quot;: 2027}</textarea>");
		assertThat(errorOf(page, "year")).isEqualTo("请填写数字。");
	}

	@Test
	void aFormThatCannotBeReadFromElsewhereStaysTheErrorPage() throws Exception {
		for (String from : new String[] { "https://elsewhere.example/admin/calendar",
				"http://localhost/api/subscriptions", "http://localhost/no/such/page" }) {
			this.mvc
				.perform(post("/admin/calendar/preview").header("X-API-Key", this.admin)
					.header("Referer", from)
					.param("year", "二〇二七"))
				.andExpect(status().isBadRequest());
		}
	}

	/** Posts as the holder of {@code key} and expects the form back, refused. */
	private String refused(MockHttpServletRequestBuilder post, String key) throws Exception {
		return this.mvc.perform(post.header("X-API-Key", key).header("Referer", "http://localhost/"))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	static void assertKept(String page, String input, String value) {
		assertThat(page).containsPattern("name=\"" + Pattern.quote(input) + "\"[^>]*value=\"" + Pattern.quote(value)
				+ "\"|value=\"" + Pattern.quote(value) + "\"[^>]*name=\"" + Pattern.quote(input) + "\"");
	}

	/** The text of the error element below {@code field}. */
	static String errorOf(String page, String field) {
		Matcher error = Pattern
			.compile("class=\"alert field-error\"[^>]*data-field=\"" + Pattern.quote(field) + "\"[^>]*>([^<]*)<")
			.matcher(page);
		assertThat(error.find()).as("an error below " + field).isTrue();
		return error.group(1);
	}

}
