package io.gongxin.measures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.lists.Lists;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.Chromium;
import io.gongxin.support.GongxinIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.gongxin.support.ListRecords.aSeriousDiscreditListing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The check by hand and the public lists in a real browser: an officer checks a listed
 * enterprise for a procurement on a department's behalf and reads the measure with its
 * basis; a citizen finds the enterprise on the public 严重失信主体名单 and reads the measure
 * catalog.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CreditCheckBrowserIT {

	static final String PASSWORD = "Credit-Check-Browser-2026!";

	static final String MARKET = "GZ-SCJG-B";

	static final String FINANCE = "GZ-CZJ-B";

	static final String LISTED = "广州市瑞丰装饰工程有限公司";

	static final String LISTED_USCC = CheckCharacters.uscc("91440104MA5RF2K8");

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
	Lists lists;

	ChromeDriver driver;

	@BeforeAll
	void start() throws Exception {
		if (!Chromium.installed()) {
			return;
		}
		SystemActor.runAs("test", () -> {
			this.providers.register(
					new Provider(MARKET, "广州市市场监督管理局", CheckCharacters.uscc("11440100MB2C9238"), "440100", true, 0));
			this.providers
				.register(new Provider(FINANCE, "广州市财政局", CheckCharacters.uscc("11440100MB2D5521"), "440100", true, 0));
			this.accounts.createUser("officer.check", "信用办核查员", PASSWORD, Role.OFFICER, null);
			this.ingestion.submitRows(MARKET, "YZSX",
					List.of(aSeriousDiscreditListing().of(LISTED, LISTED_USCC)
						.listedOn(LocalDate.now().minusDays(30).toString().replace("-", ""))
						.row()),
					Channel.API);
		});
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.subjects.findByKey(SubjectKey.uscc(LISTED_USCC))
				.map(subject -> !this.lists.inForce(subject.id(), Instant.now()).isEmpty())
				.orElse(false));
		this.driver = Chromium.start(1280, 2000);
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
	void anOfficerChecksAListedEnterpriseForAProcurementOnTheFinanceBureausBehalf() throws Exception {
		signIn("officer.check");
		this.driver.get(base() + "/checks");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("事前信用核查");
		new Select(this.driver.findElement(By.id("department"))).selectByVisibleText("广州市财政局");
		new Select(this.driver.findElement(By.id("scenario"))).selectByVisibleText("政府采购");
		this.driver.findElement(By.id("subjects")).sendKeys(LISTED_USCC.toLowerCase() + "\n广州市不存在的公司名称");
		this.driver.findElement(By.id("check")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("answer")).isEmpty());
		String answer = this.driver.findElement(By.id("answer")).getText();
		assertThat(answer).contains("广州市财政局")
			.contains(LISTED)
			.contains("限制参加政府采购活动")
			.contains("《中华人民共和国政府采购法》第二十二条第一款第（五）项")
			.contains("本主体：市场监督管理严重违法失信名单")
			.contains("平台未登记该主体");
		assertThat(this.driver.findElement(By.id("ticket")).getText()).contains("10 个工作日内");
		screenshot("credit-check.png");

		this.driver.findElement(By.id("subjects")).clear();
		this.driver.findElement(By.id("subjects")).sendKeys("X");
		new Select(this.driver.findElement(By.id("department"))).selectByVisibleText("广州市财政局");
		new Select(this.driver.findElement(By.id("scenario"))).selectByVisibleText("政府采购");
		this.driver.findElement(By.id("check")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("error")).isEmpty());
		assertThat(this.driver.findElement(By.id("error")).getText()).startsWith("主体信息有误");
	}

	@Test
	void aCitizenFindsTheEnterpriseOnThePublicListAndReadsTheMeasureCatalog() throws Exception {
		this.driver.manage().deleteAllCookies();
		this.driver.get(base() + "/portal/lists/severe-dishonesty");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("严重失信主体名单");
		this.driver.findElement(By.id("q")).sendKeys("瑞丰装饰");
		this.driver.findElement(By.cssSelector("form.filters button")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("entries")).isEmpty());
		assertThat(this.driver.findElement(By.id("entries")).getText()).contains(LISTED)
			.contains(LISTED_USCC)
			.contains("市场监督管理严重违法失信名单");
		this.driver.findElement(By.linkText("失信被执行人名单")).click();
		assertThat(this.driver.findElement(By.id("basis")).getText()).contains("最高人民法院");
		screenshot("public-lists.png");
		this.driver.findElement(By.linkText("奖惩措施")).click();
		assertThat(this.driver.findElement(By.id("measure-NB-01")).getText()).contains("限制参加政府采购活动").contains("政府采购法");
		assertThat(this.driver.findElement(By.id("incentives")).getText()).contains("容缺受理");
	}

	void signIn(String user) {
		Chromium.signIn(this.driver, base(), user, PASSWORD);
	}

	String base() {
		return "http://localhost:" + this.port;
	}

	void screenshot(String name) throws Exception {
		Chromium.screenshot(this.driver, name);
	}

}
