package io.gongxin.report;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.audit.AuditLog;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.ingest.Revocation;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.report.internal.PdfSignatures;
import io.gongxin.report.internal.ReportPdfs;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.Browser;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.Penalties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Officers issue reports, enterprise users print their own; a receiving department checks
 * them on the public page.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportFlowIT {

	static final String SCJG = "GZ-SCJGJ";

	static final String STJ = "GZ-STJ";

	static final String STJ_USCC = CheckCharacters.uscc("11440100MB2C9246");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	Subjects subjects;

	@Autowired
	Ingestion ingestion;

	@Autowired
	CreditFiles creditFiles;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Clock clock;

	String officer;

	String clerk;

	String admin;

	static final String PASSWORD = "enterprise-password-1";

	@LocalServerPort
	int port;

	@BeforeAll
	void setUp() {
		SystemActor.runAs("test", () -> {
			this.providers.register(new Provider(SCJG, "广州市市场监督管理局", Penalties.AUTHORITY, "440100", true, 0));
			this.providers.register(new Provider(STJ, "广州市生态环境局", STJ_USCC, "440100", true, 0));
		});
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, SCJG);
		this.admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
	}

	@Test
	void anOrganisationReportShowsPublicPenaltiesWithProvenanceAndNeverARevokedOne() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String uscc = CheckCharacters.uscc("91440101MA5RPTA1");
		file(SCJG,
				aPenalty().against("广州报告一号科技有限公司", uscc).document("穗市监罚〔2026〕501号").fine("2.5").decidedOn(today).row(),
				aPenalty().against("广州报告一号科技有限公司", uscc).document("穗市监罚〔2026〕502号").fine("3").decidedOn(today).row());
		SubjectId id = subjectOf(uscc);
		awaitFile(id, file -> file.size() == 2);
		SystemActor.runAs("test", () -> this.ingestion.submitRevocations(SCJG, "XZCF",
				List.of(new Revocation("穗市监罚〔2026〕502号", "经行政复议决定撤销"))));
		awaitFile(id,
				file -> file.stream().anyMatch(i -> i.recordStatus() == io.gongxin.ingest.CreditRecord.Status.REVOKED));

		// no public address is configured in tests: the link uses the address the request
		// came in on
		MvcResult result = this.mvc.perform(post("/api/reports").header("X-API-Key", this.officer).with(request -> {
			request.setScheme("https");
			request.setSecure(true);
			request.setServerName("xinyong.gz.gov.cn");
			request.setServerPort(443);
			return request;
		})
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ORGANISATION\",\"subjectId\":" + id.value() + "}"))
			.andExpect(status().isOk())
			.andReturn();
		String number = result.getResponse().getHeader("X-Report-Number");
		byte[] pdf = result.getResponse().getContentAsByteArray();
		String text = ReportPdfs.text(pdf).replaceAll("\\s+", "");
		assertThat(text).contains("法人和非法人组织公共信用信息报告")
			.contains("广州报告一号科技有限公司")
			.contains("穗市监罚〔2026〕501号")
			.contains("数据提供单位" + SCJG)
			.doesNotContain("穗市监罚〔2026〕502号");
		assertThat(ReportPdfs.fonts(pdf)).allMatch(f -> f.contains("NotoSansSC") && f.endsWith(" embedded"));
		assertThat(PdfSignatures.valid(pdf, null)).isTrue();
		assertThat(ReportPdfs.qr(pdf)).isEqualTo("https://xinyong.gz.gov.cn/verify/" + number);
		assertThat(text).contains("https://xinyong.gz.gov.cn/verify/" + number);
		assertThat(this.auditLog.eventsForSubject(id.toString(), 10))
			.anyMatch(e -> e.toString().contains("report.issue") && e.toString().contains("type=ORGANISATION"));
	}

	@Test
	void behindAProxyTheQrCodeCarriesThePublicAddressTheProxyForwards() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5RPTB2");
		file(SCJG,
				aPenalty().against("广州报告代理科技有限公司", uscc)
					.document("穗市监罚〔2026〕531号")
					.fine("1")
					.decidedOn(LocalDate.now(this.clock))
					.row());
		SubjectId id = subjectOf(uscc);
		// over real HTTP through Tomcat, from a proxy on an internal address (loopback)
		var response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + "/api/reports"))
				.header("X-API-Key", this.officer)
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-Host", "credit.example.gov.cn")
				.header("X-Forwarded-For", "203.0.113.9")
				.header("Content-Type", "application/json")
				.POST(java.net.http.HttpRequest.BodyPublishers
					.ofString("{\"type\":\"ORGANISATION\",\"subjectId\":" + id.value() + "}"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		String number = response.headers().firstValue("X-Report-Number").orElseThrow();
		assertThat(ReportPdfs.qr(response.body())).isEqualTo("https://credit.example.gov.cn/verify/" + number);
	}

	@Test
	void officersAreToldWhileThePublicAddressIsNotSetAndTheCitizenIsNot() throws Exception {
		String warning = "尚未配置平台对外访问地址";
		assertThat(this.mvc.perform(get("/quality").header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains(warning).contains("GONGXIN_PUBLIC_BASE_URL");
		assertThat(this.mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.doesNotContain(warning);
	}

	@Test
	void aPersonsReportNeedsTheirRecordedAuthorisationAndMasksTheirId() throws Exception {
		String citizenId = CheckCharacters.citizenId("44010619850101123");
		SubjectId person = SystemActor.callAs("test",
				() -> this.subjects.register(new NewSubject(SubjectType.NATURAL_PERSON, "陈小燚",
						SubjectKey.citizenId(citizenId), null, null, null, null, null), "test"));
		this.mvc
			.perform(post("/api/reports").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"PERSON\",\"subjectId\":" + person.value() + "}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("GX-RPT-003"));
		byte[] pdf = issue(
				"{\"type\":\"PERSON\",\"subjectId\":" + person.value() + ",\"authorisationRef\":\"授权书2026-0042\"}")
			.getResponse()
			.getContentAsByteArray();
		String text = ReportPdfs.text(pdf).replaceAll("\\s+", "");
		assertThat(text).contains("个人公共信用信息报告").contains("陈小燚").doesNotContain(citizenId);
		assertThat(text).contains(citizenId.substring(0, 6) + "********" + citizenId.substring(14));
		assertThat(this.auditLog.eventsForSubject(person.toString(), 10))
			.anyMatch(e -> e.toString().contains("authorisation=授权书2026-0042"));
		// an organisation report for a person is refused
		this.mvc
			.perform(post("/api/reports").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"ORGANISATION\",\"subjectId\":" + person.value() + "}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-RPT-008"));
	}

	/**
	 * The issue's done-when flow, with the enterprise printing for itself: the enterprise
	 * prints a 无违法违规证明版 for 3 domains, a department verifies it on the public page, a new
	 * penalty is ingested, and the page says the information changed since issue.
	 */
	@Test
	void anEnterprisePrintsANoViolationReportThatIsVerifiedThenShownAsChangedAfterANewPenalty() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String uscc = CheckCharacters.uscc("91440101MA5RPTB2");
		file(SCJG,
				aPenalty().against("广州报告二号贸易有限公司", uscc).document("穗市监罚〔2026〕601号").fine("2").decidedOn(today).row());
		SubjectId id = subjectOf(uscc);
		awaitFile(id, file -> file.size() == 1);
		createEnterpriseUser("ent.rptb2", uscc);

		Browser enterprise = new Browser(this.port);
		assertThat(enterprise.signIn("ent.rptb2", PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).endsWith("/my/reports"));
		String form = enterprise.page("/my/reports").body();
		assertThat(form).contains("广州报告二号贸易有限公司")
			.contains(uscc)
			.contains("无违法违规证明版")
			.contains("value=\"SCJG\"")
			.contains("value=\"" + today.minusYears(3).plusDays(1) + "\"")
			.contains("尚未出具过报告");
		HttpResponse<byte[]> printed = enterprise.submit("/my/reports", "/my/reports", "type", "NO_VIOLATION",
				"domains", "SCJG", "domains", "STHJ", "domains", "JTYS", "from",
				today.minusYears(3).plusDays(1).toString(), "to", today.toString());
		assertThat(printed.statusCode()).isEqualTo(200);
		assertThat(printed.headers().firstValue("Content-Type")).hasValue("application/pdf");
		String number = printed.headers().firstValue("X-Report-Number").orElseThrow();
		byte[] pdf = printed.body();
		String text = ReportPdfs.text(pdf).replaceAll("\\s+", "");
		assertThat(text).contains("公共信用信息报告（无违法违规证明版）")
			.contains("在市场监管领域存在上表所列记录")
			.contains("穗市监罚〔2026〕601号")
			.contains("在生态环境领域未发现行政处罚（含简易程序作出的行政处罚）、行政强制、严重失信主体名单记录")
			.contains("在交通运输领域未发现")
			.contains("法人用户在线自助打印（ent.rptb2）")
			.contains(today.minusYears(3).plusDays(1).getYear() + "年");
		assertThat(PdfSignatures.valid(pdf, null)).isTrue();
		assertThat(this.auditLog.eventsForSubject(id.toString(), 10)).anyMatch(e -> "report.issue".equals(e.action())
				&& "ent.rptb2".equals(e.actor()) && e.actorRoles().contains("ROLE_ENTERPRISE")
				&& e.details().contains("channel=法人用户在线自助打印（ent.rptb2）")
				&& e.details().contains("domains=SCJG,STHJ,JTYS"));
		assertThat(enterprise.page("/my/reports").body()).contains(number)
			.contains("市场监管、生态环境、交通运输")
			.contains(today.minusYears(3).plusDays(1) + " 至 " + today)
			.doesNotContain("尚未出具过报告");
		assertThat(enterprise.get("/api/my/reports", "application/json").body()).contains(number);

		// a receiving department checks the printout
		String page = page(number);
		assertThat(page).contains("核验通过").contains("广州报告二号贸易有限公司").contains("市场监管、生态环境、交通运输").contains("未发生变化");
		assertThat(upload(number, pdf)).contains("逐字节一致");
		byte[] tampered = pdf.clone();
		tampered[tampered.length / 2] ^= 0x20;
		String failed = upload(number, tampered);
		// the failure comes first and alone: nothing on the page reads as a pass
		assertThat(failed).contains("核验未通过").contains("不一致").doesNotContain("核验通过：").doesNotContain("未发生变化");
		assertThat(failed.indexOf("核验未通过")).isLessThan(failed.indexOf("重新比对"));

		file(STJ,
				aPenalty().against("广州报告二号贸易有限公司", uscc)
					.document("穗环罚〔2026〕77号")
					.fine("5")
					.decidedOn(today)
					.with("CF_CFJG", "广州市生态环境局")
					.with("CF_CFJGDM", STJ_USCC)
					.with("CF_SJLY", "广州市生态环境局")
					.with("CF_SJLYDM", STJ_USCC)
					.row());
		awaitFile(id, file -> file.size() == 2);
		assertThat(page(number)).contains("核验通过").contains("已发生变化");
		this.mvc.perform(get("/api/public/reports/" + number))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.genuine").value(true))
			.andExpect(jsonPath("$.changedSinceIssue").value(true));
	}

	/**
	 * 发改财金〔2025〕565号: the 无违法违规证明版 covers every 行政处罚, including those decided by
	 * simplified procedure, whatever their publicity. A warning decided under the 2026
	 * regime is minor and never published, yet it is a penalty.
	 */
	@Test
	void anUnpublishedWarningFiledByItsLabelStillCountsInANoViolationReportButNotInAStandardOne() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		assertThat(today).as("decided under the 2026 publicity regime").isAfterOrEqualTo(LocalDate.of(2026, 4, 1));
		String uscc = CheckCharacters.uscc("91440101MA5RPTG7");
		file(SCJG,
				aPenalty().against("广州报告七号餐饮管理有限公司", uscc)
					.document("穗市监简罚〔2026〕901号")
					.conduct("未按规定公示从业人员健康证明", "当事人未在经营场所公示从业人员健康证明，适用简易程序当场作出警告。")
					.with("CF_CFLB", "警告")
					.with("CF_NR", "警告")
					.decidedOn(today)
					.row());
		SubjectId id = subjectOf(uscc);
		awaitFile(id, file -> file.size() == 1);
		CreditFileItem warning = this.creditFiles.fileOf(id).get(0);
		assertThat(warning.publicity().tier()).isEqualTo(SeverityTier.MINOR);
		assertThat(warning.publicity().status()).isEqualTo(PublicityStatus.NOT_PUBLISHED);
		assertThat(this.mvc.perform(get("/api/public/credit-files/" + id.value()))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("穗市监简罚〔2026〕901号");

		byte[] certificate = issue("{\"type\":\"NO_VIOLATION\",\"subjectId\":" + id.value()
				+ ",\"domains\":[\"SCJG\",\"STHJ\"],\"from\":\"" + today.minusYears(1) + "\",\"to\":\"" + today + "\"}")
			.getResponse()
			.getContentAsByteArray();
		assertThat(ReportPdfs.text(certificate).replaceAll("\\s+", "")).contains("穗市监简罚〔2026〕901号")
			.contains("在市场监管领域存在上表所列记录")
			.doesNotContain("在市场监管领域未发现")
			.contains("在生态环境领域未发现行政处罚");

		byte[] standard = issue("{\"type\":\"ORGANISATION\",\"subjectId\":" + id.value() + "}").getResponse()
			.getContentAsByteArray();
		assertThat(ReportPdfs.text(standard).replaceAll("\\s+", "")).contains("广州报告七号餐饮管理有限公司")
			.doesNotContain("穗市监简罚〔2026〕901号");
	}

	@Test
	void anEnterpriseUserGetsOnlyItsOwnOrganisationsReports() throws Exception {
		String own = CheckCharacters.uscc("91440101MA5RPTD4");
		String other = CheckCharacters.uscc("91440101MA5RPTE5");
		file(SCJG, aPenalty().against("广州报告四号有限公司", own).document("穗市监罚〔2026〕801号").fine("2").row(),
				aPenalty().against("广州报告五号有限公司", other).document("穗市监罚〔2026〕802号").fine("2").row());
		SubjectId otherId = subjectOf(other);
		createEnterpriseUser("ent.rptd4", own);
		String othersReport = issue("{\"type\":\"ORGANISATION\",\"subjectId\":" + otherId.value() + "}").getResponse()
			.getHeader("X-Report-Number");

		// a forged form naming another subject
		Browser enterprise = new Browser(this.port);
		enterprise.signIn("ent.rptd4", PASSWORD);
		HttpResponse<byte[]> forged = enterprise.submit("/my/reports", "/my/reports", "type", "ORGANISATION",
				"subjectId", String.valueOf(otherId.value()));
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(new String(forged.body(), StandardCharsets.UTF_8)).contains("GX-RPT-011");
		// a person's report type is not offered
		assertThat(enterprise.submit("/my/reports", "/my/reports", "type", "PERSON").statusCode()).isEqualTo(400);
		// a form mistake comes back on the form, in Chinese, with what was chosen kept
		HttpResponse<byte[]> noDomain = enterprise.submit("/my/reports", "/my/reports", "type", "NO_VIOLATION", "from",
				"2025-01-01", "to", "2025-06-30");
		assertThat(noDomain.statusCode()).isEqualTo(422);
		assertThat(new String(noDomain.body(), StandardCharsets.UTF_8)).contains("请至少选择一个查询领域")
			.contains("value=\"2025-06-30\"")
			.doesNotContain("系统出错了");
		HttpResponse<byte[]> backwards = enterprise.submit("/my/reports", "/my/reports", "type", "NO_VIOLATION",
				"domains", "SCJG", "from", "2025-06-30", "to", "2025-01-01");
		assertThat(new String(backwards.body(), StandardCharsets.UTF_8)).contains("结束日期早于开始日期")
			.containsPattern("value=\"SCJG\"\\s+checked");
		// a date the form cannot read: the same page (422), the text kept, the mistake
		// below
		// the date
		HttpResponse<byte[]> garbled = enterprise.submit("/my/reports", "/my/reports", "type", "NO_VIOLATION",
				"domains", "SCJG", "from", "2025-13-45", "to", "2025-06-30");
		assertThat(garbled.statusCode()).isEqualTo(422);
		assertThat(new String(garbled.body(), StandardCharsets.UTF_8)).contains("value=\"2025-13-45\"")
			.containsPattern("data-field=\"from\"[^>]*>请按“年-月-日”填写日期")
			.containsPattern("value=\"SCJG\"\\s+checked")
			.doesNotContain("系统出错了");
		// the officer endpoints refuse the enterprise role
		MockHttpSession session = signIn("ent.rptd4");
		this.mvc
			.perform(post("/api/reports").session(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"ORGANISATION\",\"subjectId\":" + otherId.value() + "}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("GX-SEC-002"));
		this.mvc
			.perform(post("/api/reports/preview").session(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"ORGANISATION\",\"subjectId\":" + otherId.value() + "}"))
			.andExpect(status().isForbidden());
		// the list shows only its own organisation's reports
		this.mvc.perform(get("/api/my/reports").session(session))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
		assertThat(enterprise.page("/my/reports").body()).contains("广州报告四号有限公司")
			.doesNotContain("广州报告五号有限公司")
			.doesNotContain(othersReport);
		assertThat(this.auditLog.eventsForSubject(otherId.toString(), 10))
			.noneMatch(e -> "ent.rptd4".equals(e.actor()));
	}

	@Test
	void anEnterpriseNotYetInTheRegisterIsToldSoAndCannotPrint() throws Exception {
		createEnterpriseUser("ent.unknown", CheckCharacters.uscc("91440101MA5RPTF6"));
		Browser enterprise = new Browser(this.port);
		enterprise.signIn("ent.unknown", PASSWORD);
		assertThat(enterprise.page("/my/reports").body()).contains("尚无信用档案");
		HttpResponse<byte[]> printed = enterprise.submit("/my/reports", "/my/reports", "type", "ORGANISATION");
		assertThat(printed.statusCode()).isEqualTo(404);
		assertThat(new String(printed.body(), StandardCharsets.UTF_8)).contains("GX-RPT-007");
	}

	@Test
	void anUnknownOrMalformedNumberIsNotGenuine() throws Exception {
		assertThat(page("20260101000000ABCDEFGH")).contains("核验未通过");
		assertThat(page("not-a-number")).contains("核验未通过");
	}

	@Test
	void onlyOfficersAndAdminsIssueReportsWhileVerificationIsPublic() throws Exception {
		String body = "{\"type\":\"ORGANISATION\",\"subjectId\":1}";
		this.mvc
			.perform(post("/api/reports").header("X-API-Key", this.clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/reports").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/reports/preview").header("X-API-Key", this.clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/public/report-domains"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(38));
		this.mvc.perform(get("/api/public/reports/20260101000000ABCDEFGH"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.genuine").value(false));
	}

	@Test
	void anOfficerPreviewsTheReportAsHtmlWithoutIssuingIt() throws Exception {
		String uscc = CheckCharacters.uscc("91440101MA5RPTC3");
		file(SCJG, aPenalty().against("广州报告三号有限公司", uscc).document("穗市监罚〔2026〕701号").fine("2").row());
		SubjectId id = subjectOf(uscc);
		String html = this.mvc
			.perform(post("/api/reports/preview").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"ORGANISATION\",\"subjectId\":" + id.value() + "}"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("广州报告三号有限公司").contains("报告说明").contains("预览-未出具");
	}

	@Test
	void badRequestsGetCodesNotServerErrors() throws Exception {
		this.mvc
			.perform(post("/api/reports").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"NO_VIOLATION\",\"subjectId\":1,\"domains\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-RPT-002"));
		this.mvc
			.perform(post("/api/reports").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"ORGANISATION\",\"subjectId\":999999}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("GX-RPT-007"));
	}

	/** The administrator creates the enterprise user through the API (audited). */
	private void createEnterpriseUser(String username, String uscc) throws Exception {
		this.mvc
			.perform(post("/api/admin/users").header("X-API-Key", this.admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + username + "\",\"displayName\":\"法人用户\",\"password\":\"" + PASSWORD
						+ "\",\"role\":\"ENTERPRISE\",\"uscc\":\"" + uscc + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.role").value("ENTERPRISE"))
			.andExpect(jsonPath("$.uscc").value(uscc));
	}

	private MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private MvcResult issue(String body) throws Exception {
		return this.mvc
			.perform(post("/api/reports").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk())
			.andReturn();
	}

	private String page(String number) throws Exception {
		return this.mvc.perform(get("/verify/" + number))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String upload(String number, byte[] pdf) throws Exception {
		return this.mvc
			.perform(multipart("/verify/" + number)
				.file(new MockMultipartFile("file", "report.pdf", "application/pdf", pdf))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@SafeVarargs
	private void file(String provider, Map<String, String>... rows) {
		var receipt = SystemActor.callAs("test",
				() -> this.ingestion.submitRows(provider, "XZCF", List.of(rows), Channel.API));
		assertThat(receipt.accepted()).as(receipt.toString()).isEqualTo(rows.length);
	}

	private SubjectId subjectOf(String uscc) {
		return this.subjects.findByKey(SubjectKey.uscc(uscc)).orElseThrow().id();
	}

	/** The credit file is projected asynchronously after the batch commits. */
	private void awaitFile(SubjectId id, Predicate<List<CreditFileItem>> condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (Instant.now().isBefore(deadline)) {
			if (condition.test(this.creditFiles.fileOf(id))) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("credit file of " + id + " did not catch up: " + this.creditFiles.fileOf(id));
	}

}
