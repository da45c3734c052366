package io.gongxin.remedy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import io.gongxin.creditfile.CreditFiles;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.Chromium;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The applicant's path in a real browser: the enterprise user reads the conditions of
 * repair of its penalty, is told which condition its first application missed, applies
 * with the commitment and gets its 查询码; the credit office passes the initial review on
 * its desk, the department that imposed the penalty approves it, and the enterprise reads
 * the written decision while the penalty has left its list of published information.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemedyBrowserIT {

	static final String PASSWORD = "Remedy-Browser-2026!";

	static final String USCC = CheckCharacters.uscc("91440104MA5XFW01");

	static final String DOCUMENT = "穗市监罚〔2026〕浏览器修复1号";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	Ingestion ingestion;

	@Autowired
	CreditRecords records;

	@Autowired
	CreditFiles creditFiles;

	ChromeDriver driver;

	long recordId;

	@BeforeAll
	void start() throws Exception {
		if (!Chromium.installed()) {
			return;
		}
		SystemActor.runAs("test", () -> {
			this.providers.register(new Provider("GZ-SCJGJ", "广州市市场监督管理局", CheckCharacters.uscc("11440100MB2C9238"),
					"440100", true, 0));
			this.providers.register(
					new Provider("GZ-FGW", "广州市发展和改革委员会", CheckCharacters.uscc("11440100MB2A1170"), "440100", true, 0));
			this.accounts.createEnterpriseUser("ent.remedy", "广州浏览器修复有限公司", PASSWORD, USCC);
			this.accounts.createUser("officer.remedy", "信用办受理员", PASSWORD, Role.OFFICER, null);
			this.accounts.createUser("clerk.remedy", "市场监管局经办人", PASSWORD, Role.PROVIDER, "GZ-SCJGJ");
			BatchReceipt receipt = this.ingestion.submitRows("GZ-SCJGJ", "XZCF",
					List.of(aPenalty().against("广州浏览器修复有限公司", USCC)
						.fine("3")
						.document(DOCUMENT)
						.decidedOn(LocalDate.now().minusMonths(5))
						.row()),
					Channel.API);
			this.recordId = this.records.ofBatch(receipt.batchId(), 0, 1).get(0).id();
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> this.creditFiles.item(this.recordId).isPresent());
		this.driver = Chromium.start(1280, 2400);
	}

	@BeforeEach
	void requireChromium() {
		Chromium.assumeInstalled();
	}

	@AfterAll
	void stop() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void anEnterpriseAppliesForRepairAndReadsTheDepartmentsDecision() throws Exception {
		Chromium.signIn(this.driver, base(), "ent.remedy", PASSWORD);
		this.driver.get(base() + "/my/remedies");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("信用修复与异议");
		String conditions = this.driver.findElement(By.id("conditions-" + this.recordId)).getText();
		assertThat(conditions).contains("已满最短公示期").contains("申请时提供").contains("已作出信用承诺");

		// the first try without the commitment: told exactly what is missing
		apply("已缴清罚款并完成整改", "罚款缴款凭证", false);
		WebElement failure = this.driver.findElement(By.id("failure-" + this.recordId));
		assertThat(failure.getText()).contains("暂不满足信用修复条件").contains("已作出信用承诺：未作出信用承诺");
		// and what was typed is still there, to tick the box and send again
		assertThat(this.driver.findElement(By.id("duties-" + this.recordId)).getAttribute("value"))
			.isEqualTo("已缴清罚款并完成整改");
		assertThat(failure.getText()).doesNotContain("最短公示期");
		Chromium.screenshot(this.driver, "repair-refused.png");

		apply("已缴清罚款并完成整改", "罚款缴款凭证\n整改报告", true);
		String notice = this.driver.findElement(By.id("notice")).getText();
		assertThat(notice).contains("信用修复申请已提交").contains("查询码 XF");
		String reference = notice.replaceAll(".*查询码 (XF\\d+).*", "$1");
		assertThat(this.driver.findElement(By.id("case-" + reference)).getText()).contains("已提交，待初审");

		Chromium.signIn(this.driver, base(), "officer.remedy", PASSWORD);
		this.driver.get(base() + "/remedies");
		Chromium.screenshot(this.driver, "remedy-desk.png");
		WebElement review = this.driver.findElement(By.id("repair-" + reference));
		assertThat(review.getText()).contains("已缴清罚款并完成整改").contains("罚款缴款凭证；整改报告");
		submit(review.findElement(By.xpath(".//button[text()='初审通过，转认定单位']")));
		assertThat(this.driver.findElement(By.id("notice")).getText()).contains(reference).contains("初审通过");

		Chromium.signIn(this.driver, base(), "clerk.remedy", PASSWORD);
		this.driver.get(base() + "/remedies");
		WebElement decision = this.driver.findElement(By.id("repair-" + reference));
		decision.findElement(By.tagName("textarea")).sendKeys("经核实，当事人已履行行政处罚决定，准予信用修复，停止公示。");
		submit(decision.findElement(By.xpath(".//button[text()='准予修复']")));
		assertThat(this.driver.findElement(By.id("notice")).getText()).contains("准予修复");

		Chromium.signIn(this.driver, base(), "ent.remedy", PASSWORD);
		this.driver.get(base() + "/my/remedies");
		assertThat(this.driver.findElement(By.id("case-" + reference)).getText()).contains("准予修复").contains("停止公示");
		assertThat(this.driver.findElements(By.id("record-" + this.recordId))).isEmpty();
		Chromium.screenshot(this.driver, "repair-approved.png");
	}

	private void apply(String duties, String evidence, boolean commitment) {
		WebElement record = this.driver.findElement(By.id("record-" + this.recordId));
		WebElement details = record.findElement(By.xpath(".//details[summary[text()='申请信用修复']]"));
		if (details.getAttribute("open") == null) {
			details.findElement(By.tagName("summary")).click();
		}
		type(By.id("duties-" + this.recordId), duties);
		type(By.id("repair-evidence-" + this.recordId), evidence);
		type(By.id("repair-contact-" + this.recordId), "020-38880000");
		if (commitment) {
			this.driver.findElement(By.id("repair-commitment-" + this.recordId)).click();
		}
		submit(this.driver.findElement(By.cssSelector("#repair-form-" + this.recordId + " button[type=submit]")));
	}

	/** Types into an input afresh: a refused form comes back with what was typed. */
	private void type(By input, String text) {
		WebElement field = this.driver.findElement(input);
		field.clear();
		field.sendKeys(text);
	}

	private void submit(WebElement button) {
		Chromium.submit(this.driver, button);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
