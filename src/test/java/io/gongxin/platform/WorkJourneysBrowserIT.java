package io.gongxin.platform;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import io.gongxin.creditfile.CreditFiles;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.provider.Providers;
import io.gongxin.report.internal.ReportPdfs;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.Chromium;
import io.gongxin.support.Departments;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.Journey;
import io.gongxin.support.Penalties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A day's real work for each staff role and for an enterprise, in a real browser on a
 * desktop (1366 px) and on a phone (390 px): a department clerk files a 行政处罚 batch with
 * one bad row and finds it among 问题数据; a credit officer looks an enterprise up, reads its
 * file and checks it by hand before a procurement; an administrator opens an account,
 * issues and revokes an API key and verifies the audit chain; an enterprise prints its
 * own credit report. One browser per width, kept for the class; a screenshot per step
 * under {@code target/test-artifacts/}.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkJourneysBrowserIT {

	static final String PASSWORD = "Work-Journeys-Browser-2026!";

	static final String MARKET = "GZ-SCJGJ";

	static final String ENTERPRISE = "广州市越秀区恒信建材贸易有限公司";

	static final String ENTERPRISE_USCC = CheckCharacters.uscc("91440104MA5HX0W1");

	static final String ENTERPRISE_DOCUMENT = "穗市监罚〔2026〕7001号";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	Ingestion ingestion;

	@Autowired
	Subjects subjects;

	@Autowired
	CreditFiles creditFiles;

	@Autowired
	Clock clock;

	final Map<Integer, ChromeDriver> browsers = new HashMap<>();

	@BeforeAll
	void setUp() {
		if (!Chromium.installed()) {
			return;
		}
		Departments.register(this.providers, MARKET);
		SystemActor.runAs("test", () -> {
			this.accounts.createUser("clerk.work", "市场监管局数据经办人", PASSWORD, Role.PROVIDER, MARKET);
			this.accounts.createUser("officer.work", "信用办工作人员", PASSWORD, Role.OFFICER, null);
			this.accounts.createUser("admin.work", "平台管理员", PASSWORD, Role.ADMIN, null);
			this.ingestion.submitRows(MARKET, "XZCF",
					List.of(aPenalty().against(ENTERPRISE, ENTERPRISE_USCC)
						.document(ENTERPRISE_DOCUMENT)
						.fine("0.5")
						.conduct("销售不符合安全标准的建筑材料", "当事人销售的防火板材燃烧性能不符合国家标准。")
						.decidedOn(LocalDate.now(this.clock).minusDays(3))
						.row()),
					Channel.API);
			this.accounts.createEnterpriseUser("hengxin", "恒信建材经办人", PASSWORD, ENTERPRISE_USCC);
		});
		SubjectId enterprise = this.subjects.findByKey(SubjectKey.uscc(ENTERPRISE_USCC)).orElseThrow().id();
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.creditFiles.fileOf(enterprise).isEmpty());
		this.subjects.indexPendingNames();
	}

	@BeforeEach
	void requireChromium() {
		Chromium.assumeInstalled();
	}

	@AfterAll
	void stop() {
		this.browsers.values().forEach(ChromeDriver::quit);
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1366, 390 })
	void aClerkFilesAPenaltyBatchAndFindsItsBadRowAmongProblemDataInChinese(int width) throws Exception {
		Journey clerk = journey("clerk", width);
		clerk.signIn("clerk.work", PASSWORD);
		assertThat(clerk.path()).isEqualTo("/ingest");
		assertThat(clerk.heading()).isEqualTo("数据归集");
		clerk.step("intake");

		String badSubject = "广州市白云区错码食品商行（" + width + "）";
		Path csv = Files.createTempDirectory("gongxin-journey").resolve("行政处罚" + width + ".csv");
		Files.writeString(csv, penaltiesWithOneBadRow(width, badSubject), StandardCharsets.UTF_8);
		new Select(clerk.driver().findElement(By.id("category"))).selectByVisibleText("行政处罚");
		clerk.driver().findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
		clerk.press(By.cssSelector("form.upload button[type=submit]"));
		assertThat(clerk.heading()).isEqualTo("报送回执");
		clerk.until(d -> receipt(d.findElement(By.id("receipt")).getText(), "状态").equals("已完成"));
		String receipt = clerk.text(By.id("receipt"));
		int submitted = Integer.parseInt(receipt(receipt, "报送"));
		int accepted = Integer.parseInt(receipt(receipt, "接收").replaceAll("（.*", ""));
		int rejected = Integer.parseInt(receipt(receipt, "问题数据"));
		assertThat(submitted).isEqualTo(4);
		assertThat(accepted).isEqualTo(3);
		assertThat(rejected).isEqualTo(1);
		assertThat(accepted + rejected).as("every row filed is accepted or a problem").isEqualTo(submitted);
		assertThat(receipt(receipt, "接收")).isEqualTo("3（新增 3，未变化 0，更新版本 0，撤销 0）");
		assertThat(receipt(receipt, "数据提供单位")).isEqualTo("广州市市场监督管理局");
		assertThat(receipt(receipt, "信息类别")).isEqualTo("行政处罚信息");
		// this batch's one problem, grouped by reason and field, with what to do about it
		WebElement group = clerk.driver().findElement(By.cssSelector("#batch-problem-groups tbody tr"));
		assertThat(group.findElement(By.xpath("td[1]")).getText()).startsWith("代码校验未通过").contains("第18位校验码为");
		assertThat(group.findElement(By.xpath("td[2]")).getText()).isEqualTo("行政相对人代码_1(统一社会信用代码)");
		assertThat(group.findElement(By.xpath("td[3]")).getText()).isEqualTo("1");
		assertThat(group.findElement(By.xpath("td[4]")).getText()).contains(badSubject);
		assertThat(group.findElement(By.xpath("td[5]")).getText()).startsWith("核对代码是否抄错");
		String rejections = clerk.driver().findElement(By.linkText("下载问题数据（XLSX，修改后可重新报送）")).getAttribute("href");
		assertThat(clerk.status(rejections)).isEqualTo(200);
		clerk.step("receipt", By.id("receipt"));

		clerk.open("数据归集", "问题数据");
		assertThat(clerk.heading()).isEqualTo("问题数据");
		String groups = clerk.text(By.id("problem-groups"));
		assertThat(groups).contains("代码校验未通过")
			.contains("行政相对人代码_1(统一社会信用代码)")
			.contains(badSubject)
			.contains("核对代码是否抄错并修正后重新报送")
			.doesNotContain("IDENTIFIER_INVALID");
		clerk.step("problem-data", By.id("problem-groups"));
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1366, 390 })
	void anOfficerLooksAnEnterpriseUpReadsItsFileAndChecksItBeforeAProcurement(int width) throws Exception {
		Journey officer = journey("officer", width);
		officer.signIn("officer.work", PASSWORD);
		assertThat(officer.path()).isEqualTo("/quality");
		assertThat(officer.heading()).isEqualTo("数据归集质量监测");
		officer.step("dashboard");

		officer.open("信用应用", "信用档案");
		officer.type(By.id("q"), "恒信建材");
		officer.press(By.cssSelector("form.search button[type=submit]"));
		WebElement hit = officer.driver().findElement(By.linkText(ENTERPRISE));
		assertThat(officer.text(By.cssSelector("table.results"))).contains(ENTERPRISE_USCC);
		officer.step("search", By.cssSelector("table.results"));

		Chromium.submit(officer.driver(), hit);
		assertThat(officer.heading()).isEqualTo(ENTERPRISE);
		assertThat(officer.text(By.cssSelector("table.results"))).contains("行政处罚")
			.contains(ENTERPRISE_DOCUMENT)
			.contains("广州市市场监督管理局");
		officer.step("credit-file");

		officer.open("信用应用", "信用核查");
		assertThat(officer.heading()).isEqualTo("事前信用核查");
		new Select(officer.driver().findElement(By.id("department"))).selectByVisibleText("广州市市场监督管理局");
		new Select(officer.driver().findElement(By.id("scenario"))).selectByVisibleText("政府采购");
		officer.type(By.id("subjects"), ENTERPRISE_USCC);
		officer.press(By.id("check"));
		String answer = officer.text(By.id("answer"));
		assertThat(answer).contains("核查结果").contains(ENTERPRISE).contains("广州市市场监督管理局").contains("政府采购");
		assertThat(officer.text(By.id("summary"))).isEqualTo("惩戒措施 0 项，激励措施 0 项");
		assertThat(officer.text(By.cssSelector("article.subject-answer"))).contains(ENTERPRISE_USCC)
			.contains("未发现适用的联合奖惩措施。");
		// the check just made heads the latest checks
		String number = officer.text(By.id("check-id"));
		assertThat(officer.text(By.cssSelector("#recent tbody tr"))).startsWith(number)
			.contains("广州市市场监督管理局")
			.contains("政府采购");
		officer.step("check", By.id("answer"));
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1366, 390 })
	void anAdministratorOpensAnAccountIssuesAndRevokesAKeyAndVerifiesTheAuditChain(int width) throws Exception {
		Journey admin = journey("admin", width);
		admin.signIn("admin.work", PASSWORD);
		assertThat(admin.path()).isEqualTo("/admin/users");
		assertThat(admin.heading()).isEqualTo("用户管理");
		admin.step("users");

		String username = "scjg.clerk" + width;
		admin.type(By.id("username"), username);
		admin.type(By.id("displayName"), "市场监管局新经办人");
		admin.type(By.id("password"), "Xin-Jing-Ban-Ren-2026");
		new Select(admin.driver().findElement(By.id("role"))).selectByVisibleText("数据提供单位");
		new Select(admin.driver().findElement(By.id("department"))).selectByVisibleText("广州市市场监督管理局");
		admin.press(By.cssSelector("#new-user button[type=submit]"));
		assertThat(admin.text(By.id("done"))).isEqualTo("账号 " + username + " 已开通，请将初始密码当面或通过安全渠道交给本人。");
		assertThat(row(admin, "users", username)).contains("市场监管局新经办人")
			.contains("数据提供单位")
			.contains("广州市市场监督管理局")
			.contains("正常");
		admin.step("user-created", By.id("done"));

		admin.open("系统管理", "API 密钥");
		String purpose = "市场监管局报送系统（" + width + "）";
		admin.type(By.id("name"), purpose);
		new Select(admin.driver().findElement(By.id("role"))).selectByVisibleText("数据提供单位");
		new Select(admin.driver().findElement(By.id("department"))).selectByVisibleText("广州市市场监督管理局");
		admin.press(By.cssSelector("#issue-form button[type=submit]"));
		String secret = admin.text(By.id("secret"));
		assertThat(secret).startsWith("gx_");
		assertThat(admin.text(By.id("issued"))).contains("只显示这一次").contains("用途：" + purpose);
		admin.step("key-issued", By.id("issued"));
		admin.driver().get("http://localhost:" + this.port + "/admin/api-keys");
		assertThat(admin.driver().findElements(By.id("issued"))).as("the key is shown once").isEmpty();
		assertThat(admin.driver().getPageSource()).doesNotContain(secret);
		assertThat(row(admin, "keys", purpose)).contains("有效").contains("从未使用");
		String question = admin.pressAndConfirm(
				admin.driver().findElement(By.xpath("//table[@id='keys']//tr[td[1][.='" + purpose + "']]//button")));
		assertThat(question).isEqualTo("确定吊销密钥“" + purpose + "”？使用它的系统将立即无法调用平台。");
		assertThat(admin.text(By.cssSelector("p.notice"))).isEqualTo("密钥已吊销，使用它的系统将无法再调用平台。");
		assertThat(row(admin, "keys", purpose)).contains("已吊销");
		admin.step("key-revoked", By.id("keys"));

		admin.open("系统管理", "审计日志");
		admin.type(By.id("actor"), "admin.work");
		admin.type(By.id("action"), "security.");
		admin.press(By.cssSelector("#filter-form button[type=submit]"));
		String events = admin.text(By.id("events"));
		assertThat(events).contains("security.user.create")
			.contains(username)
			.contains("security.apikey.issue")
			.contains("security.apikey.revoke")
			.doesNotContain("ingest.");
		admin.step("audit-filtered", By.id("events"));
		admin.press(By.cssSelector("#verify-form button[type=submit]"));
		assertThat(admin.text(By.id("verdict"))).startsWith("审计链完整：已逐条校验").endsWith("未发现篡改。");
		admin.step("audit-verified", By.id("verdict"));
	}

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1366, 390 })
	void anEnterprisePrintsItsOwnCreditReportAndFindsItAmongItsIssuedReports(int width) throws Exception {
		Journey enterprise = journey("enterprise", width);
		enterprise.signIn("hengxin", PASSWORD);
		assertThat(enterprise.path()).isEqualTo("/my/reports");
		assertThat(enterprise.heading()).isEqualTo("我的信用报告");
		assertThat(enterprise.text(By.id("organisation-name"))).isEqualTo(ENTERPRISE);
		enterprise.step("reports");

		// a period reaching past today is sent back with the choices kept and the mistake
		// named next to it
		WebElement firstDomain = enterprise.driver()
			.findElement(By.cssSelector("#no-violation-form input[name=domains]"));
		String domain = firstDomain.getDomAttribute("value");
		firstDomain.click();
		String tomorrow = LocalDate.now(this.clock).plusDays(1).toString();
		enterprise.driver().executeScript("document.getElementById('to').value = arguments[0];", tomorrow);
		enterprise.press(By.cssSelector("#no-violation-form button[type=submit]"));
		assertThat(enterprise.text(By.id("period-error"))).isEqualTo("查询期间不能晚于今天，请调整。");
		assertThat(enterprise.driver()
			.findElement(By.cssSelector("#no-violation-form input[name=domains][value='" + domain + "']"))
			.isSelected()).as("the domain ticked is still ticked").isTrue();
		assertThat(enterprise.driver().findElement(By.id("to")).getDomProperty("value")).isEqualTo(tomorrow);
		enterprise.step("period-refused", By.id("period-error"));

		byte[] pdf = enterprise.download("organisation-form");
		assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		assertThat(ReportPdfs.text(pdf).replaceAll("\\s+", "")).contains("法人和非法人组织公共信用信息报告")
			.contains(ENTERPRISE)
			.contains(ENTERPRISE_DOCUMENT);

		enterprise.driver().get("http://localhost:" + this.port + "/my/reports");
		WebElement issued = enterprise.driver()
			.findElement(By.xpath("//table[@id='history']//tr[td[2][.='法人和非法人组织公共信用信息报告']]//a"));
		String link = issued.getAttribute("href");
		assertThat(enterprise.status(link)).isEqualTo(200);
		enterprise.step("report-issued", By.id("history"));
		Chromium.submit(enterprise.driver(), issued);
		assertThat(enterprise.heading()).isEqualTo("公共信用信息报告核验");
		assertThat(enterprise.text(By.tagName("main"))).contains(ENTERPRISE);
		enterprise.step("report-verified");
	}

	/** A browser per width, kept for the class: sign-ins replace each other's session. */
	private Journey journey(String role, int width) throws Exception {
		ChromeDriver driver = this.browsers.get(width);
		if (driver == null) {
			driver = Chromium.start(width, (width > 1000) ? 900 : 844);
			this.browsers.put(width, driver);
		}
		return new Journey(driver, "http://localhost:" + this.port, role, width);
	}

	/**
	 * Three good penalties and one whose party's credit code has a wrong check character.
	 */
	private String penaltiesWithOneBadRow(int width, String badSubject) {
		LocalDate decided = LocalDate.now(this.clock).minusDays(1);
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			rows.add(aPenalty()
				.against("广州市白云区合格食品商行第" + i + "店（" + width + "）",
						CheckCharacters.uscc("92440111MA5W" + width % 1000 + i))
				.document("穗市监罚〔2026〕" + width + "0" + i + "号")
				.decidedOn(decided)
				.row());
		}
		String valid = CheckCharacters.uscc("92440111MA5W" + width % 1000 + "9");
		String wrongCheck = valid.substring(0, 17) + ((valid.charAt(17) == '0') ? '1' : '0');
		rows.add(aPenalty().against(badSubject, wrongCheck)
			.document("穗市监罚〔2026〕" + width + "09号")
			.decidedOn(decided)
			.row());
		return Penalties.csv(rows);
	}

	/** The value a receipt gives for one of its terms (报送, 接收, 问题数据…). */
	private static String receipt(String text, String term) {
		for (String line : text.split("\n")) {
			if (line.startsWith(term) && !line.equals(term)) {
				return line.substring(term.length()).trim();
			}
		}
		List<String> lines = List.of(text.split("\n"));
		int at = lines.indexOf(term);
		return (at >= 0 && at + 1 < lines.size()) ? lines.get(at + 1).trim() : "";
	}

	private static String row(Journey journey, String table, String firstCell) {
		return journey.text(By.xpath("//table[@id='" + table + "']//tr[td[1][.='" + firstCell + "']]"));
	}

}
