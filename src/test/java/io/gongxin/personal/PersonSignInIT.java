package io.gongxin.personal;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.audit.AuditLog;
import io.gongxin.audit.AuditRecord;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.report.internal.ReportPdfs;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.IdpSignIn;
import io.gongxin.support.OidcIntegrationTest;
import io.gongxin.support.Penalties;
import io.gongxin.support.TestIdentityProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Persons and enterprises sign in through a real OpenID Connect provider on loopback (the
 * stand-in of a provincial 统一身份认证 service), over real HTTP with every redirect of the
 * authorization code flow: a person lands on their own file, sees their records, prints
 * their own 个人信用报告 and sees who read the file; whoever the provider's claims do not
 * identify is refused with the reason in Chinese.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonSignInIT extends OidcIntegrationTest {

	static final String SCJG = "GZ-SCJGJ";

	static final String ZHANG_ID = CheckCharacters.citizenId("44010619880512003");

	static final String LI_ID = CheckCharacters.citizenId("44010619920203004");

	static final String ENTERPRISE_USCC = CheckCharacters.uscc("91440101MA5QYRN1");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	Ingestion ingestion;

	@Autowired
	CreditFiles creditFiles;

	@Autowired
	Subjects subjects;

	@Autowired
	AuditLog audit;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	TestIdentityProvider idp = TestIdentityProvider.shared();

	SubjectId zhang;

	SubjectId li;

	@BeforeAll
	void setUp() throws InterruptedException {
		SystemActor.runAs("test", () -> this.providers
			.register(new Provider(SCJG, "广州市市场监督管理局", Penalties.AUTHORITY, "440100", true, 0)));
		LocalDate day = LocalDate.now(this.clock).minusDays(3);
		file(aPenalty().againstPerson("张三丰", ZHANG_ID).document("穗市监罚〔2026〕701号").fine("0.2").decidedOn(day).row(),
				aPenalty().againstPerson("李四光", LI_ID).document("穗市监罚〔2026〕702号").fine("0.3").decidedOn(day).row());
		this.zhang = this.subjects.findByKey(SubjectKey.citizenId(ZHANG_ID)).orElseThrow().id();
		this.li = this.subjects.findByKey(SubjectKey.citizenId(LI_ID)).orElseThrow().id();
		awaitFile(this.zhang);
		awaitFile(this.li);
		SystemActor.runAs("test", () -> this.subjects.register(new NewSubject(SubjectType.ENTERPRISE, "广州统一认证科技有限公司",
				SubjectKey.uscc(ENTERPRISE_USCC), null, null, null, null, null), "test"));
		this.idp.user("zhangsanfeng", Map.of("user_type", "person", "name", "张三丰", "citizen_id", ZHANG_ID));
		this.idp.user("lisiguang", Map.of("user_type", "person", "name", "李四光", "citizen_id", LI_ID));
		this.idp.user("wuming", Map.of("user_type", "person", "name", "无名氏"));
		this.idp.user("cuohao",
				Map.of("user_type", "person", "name", "错号", "citizen_id", ZHANG_ID.substring(0, 17) + wrong(ZHANG_ID)));
		this.idp.user("qiye.jingban", Map.of("user_type", "enterprise", "name", "王经办", "uscc", ENTERPRISE_USCC));
	}

	@Test
	void aPersonSignsInLandsOnTheirFileSeesTheirRecordsAndPrintsTheirOwnReport() throws Exception {
		IdpSignIn browser = new IdpSignIn(this.port);
		HttpResponse<String> landed = browser.signIn("zhangsanfeng");
		assertThat(browser.visited()).anyMatch(uri -> uri.getPath().equals("/oauth2/authorize"))
			.anyMatch(uri -> uri.getPath().equals("/login/oauth2/code/gongxin"));
		assertThat(landed.statusCode()).isEqualTo(200);
		assertThat(landed.uri().getPath()).isEqualTo("/my/file");
		String page = landed.body();
		assertThat(page).contains("我的信用档案")
			.contains("张三丰")
			.contains(masked(ZHANG_ID))
			.contains("穗市监罚〔2026〕701号")
			.contains("查阅记录")
			.doesNotContain(ZHANG_ID)
			.doesNotContain("穗市监罚〔2026〕702号");

		HttpResponse<byte[]> printed = browser.submit("/my/file", "/my/file/report");
		assertThat(printed.statusCode()).isEqualTo(200);
		assertThat(printed.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(new String(printed.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		String text = ReportPdfs.text(printed.body()).replaceAll("\\s+", "");
		assertThat(text).contains("个人公共信用信息报告")
			.contains("张三丰")
			.contains(masked(ZHANG_ID))
			.contains("穗市监罚〔2026〕701号")
			.doesNotContain(ZHANG_ID);

		List<AuditRecord> events = this.audit.eventsForSubject(this.zhang.toString(), 50);
		String person = events.stream()
			.filter(e -> e.action().equals("personal.file.read"))
			.findFirst()
			.orElseThrow()
			.actor();
		assertThat(person).startsWith("person:").doesNotContain(ZHANG_ID.substring(6, 14));
		assertThat(events).anyMatch(e -> e.action().equals("report.issue") && e.actor().equals(person)
				&& e.details().contains("type=PERSON"));
		assertThat(this.audit.search(person, "security.signin", null, null, null, Long.MAX_VALUE, 10))
			.anyMatch(e -> e.action().equals("security.signin") && e.actorRoles().contains("ROLE_PERSON"));
		// the raw citizen id is in no audit entry and no log line
		assertThat(this.audit.events(0, 500)).noneMatch(e -> e.toString().contains(ZHANG_ID));
		Path log = Path.of("target/test-logs/gongxin.log");
		if (Files.exists(log)) {
			assertThat(Files.readString(log)).doesNotContain(ZHANG_ID);
		}
	}

	@Test
	void aPersonSeesWhoReadTheirFileAfterAnOfficerReadIt() throws Exception {
		String officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.mvc.perform(get("/console/credit-files/" + this.li.value()).header("X-API-Key", officer))
			.andExpect(status().isOk());
		IdpSignIn browser = new IdpSignIn(this.port);
		assertThat(browser.signIn("lisiguang").uri().getPath()).isEqualTo("/my/file");
		HttpResponse<String> readers = browser.page("/my/file/readers");
		assertThat(readers.statusCode()).isEqualTo(200);
		assertThat(readers.body()).contains("谁查阅了我的信用档案")
			.contains("信用办 · 信用工作人员")
			.contains("查阅信用档案")
			.contains("本人")
			.contains("本人查阅信用档案")
			.contains("北京时间")
			.doesNotContain("apikey:")
			.doesNotContain("creditfile.read.person");
		// reading the list of readers is itself a read of the file, audited
		assertThat(this.audit.eventsForSubject(this.li.toString(), 20))
			.anyMatch(e -> e.action().equals("personal.readers.read"));
	}

	@Test
	void aPersonNeverSeesOrPrintsAnotherPersonsFile() throws Exception {
		IdpSignIn browser = new IdpSignIn(this.port);
		browser.signIn("lisiguang");
		assertThat(browser.page("/my/file").body()).contains("穗市监罚〔2026〕702号")
			.doesNotContain("穗市监罚〔2026〕701号")
			.doesNotContain("张三丰");
		HttpResponse<byte[]> forged = browser.submit("/my/file", "/my/file/report", "subjectId",
				String.valueOf(this.zhang.value()));
		assertThat(forged.statusCode()).isEqualTo(403);
		// the officers' view of someone else's file is refused too
		assertThat(browser.page("/console/credit-files/" + this.zhang.value()).statusCode()).isEqualTo(403);
		assertThat(browser.page("/my/reports").statusCode()).isEqualTo(403);
	}

	@Test
	void aSignInWithoutACitizenIdOrWithAWrongOneIsRefusedWithTheReasonInChinese() throws Exception {
		IdpSignIn missing = new IdpSignIn(this.port);
		HttpResponse<String> refused = missing.signIn("wuming");
		assertThat(refused.uri().getPath()).isEqualTo("/login");
		assertThat(refused.uri().getQuery()).isEqualTo("refused=citizen-id-missing");
		assertThat(refused.body()).contains("统一身份认证登录未成功").contains("没有提供您的公民身份号码");
		assertThat(missing.page("/my/file").statusCode()).isEqualTo(302);

		IdpSignIn wrong = new IdpSignIn(this.port);
		HttpResponse<String> invalid = wrong.signIn("cuohao");
		assertThat(invalid.uri().getQuery()).isEqualTo("refused=citizen-id-invalid");
		assertThat(invalid.body()).contains("公民身份号码未通过校验");
		assertThat(wrong.page("/my/file").statusCode()).isEqualTo(302);
		assertThat(this.audit.search(null, "security.signin.failed", null, null, null, Long.MAX_VALUE, 20))
			.anyMatch(e -> e.details().contains("citizen-id-missing"))
			.anyMatch(e -> e.details().contains("citizen-id-invalid"));
	}

	@Test
	void anEnterpriseUserSignsInThroughTheIdentityProviderAndPrintsForTheirOrganisationOnly() throws Exception {
		IdpSignIn browser = new IdpSignIn(this.port);
		HttpResponse<String> landed = browser.signIn("qiye.jingban");
		assertThat(landed.uri().getPath()).isEqualTo("/my/reports");
		assertThat(landed.body()).contains("广州统一认证科技有限公司").contains(ENTERPRISE_USCC).contains("王经办");
		HttpResponse<byte[]> printed = browser.submit("/my/reports", "/my/reports", "type", "ORGANISATION");
		assertThat(printed.statusCode()).isEqualTo(200);
		assertThat(ReportPdfs.text(printed.body()).replaceAll("\\s+", "")).contains("广州统一认证科技有限公司");
		assertThat(browser.page("/my/file").statusCode()).isEqualTo(403);
		// the account is named by the organisation's code and the person at the provider
		assertThat(this.audit.search(null, "security.signin", null, null, null, Long.MAX_VALUE, 50))
			.anyMatch(e -> e.actor().startsWith(ENTERPRISE_USCC + "/") && e.actorRoles().contains("ROLE_ENTERPRISE"));
	}

	@Test
	void theSignInPageOffersTheIdentityProviderNextToTheStaffForm() throws Exception {
		String page = new IdpSignIn(this.port).page("/login").body();
		assertThat(page).contains("统一身份认证登录")
			.contains("测试统一身份认证平台")
			.contains("/oauth2/authorization/gongxin")
			.contains("name=\"username\"");
		// machines are still answered with a problem document, not sent to a sign-in page
		this.mvc.perform(get("/api/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("GX-SEC-001"));
	}

	private void file(Map<String, String>... rows) {
		var receipt = SystemActor.callAs("test",
				() -> this.ingestion.submitRows(SCJG, "XZCF", List.of(rows), Channel.API));
		assertThat(receipt.accepted()).as(receipt.toString()).isEqualTo(rows.length);
	}

	private void awaitFile(SubjectId id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		while (this.creditFiles.fileOf(id).isEmpty()) {
			if (Instant.now().isAfter(deadline)) {
				throw new AssertionError("credit file of " + id + " did not catch up");
			}
			Thread.sleep(50);
		}
	}

	private static String masked(String id) {
		return id.substring(0, 6) + "********" + id.substring(14);
	}

	/** A check character other than the right one. */
	private static char wrong(String id) {
		return (id.charAt(17) == '0') ? '1' : '0';
	}

}
