package io.gongxin.exchange;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.Chromium;
import io.gongxin.support.Departments;
import io.gongxin.support.StubTarget;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operations page in a real browser: an officer registers the provincial platform by
 * the form, sends what is owed, and reads the backlog, the reconciliation and the refused
 * record with the province's reason; a department clerk may not open it.
 */
@io.gongxin.support.GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExchangeBrowserIT {

	static final String PASSWORD = "Exchange-Browser-2026!";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	Ingestion ingestion;

	StubTarget province = StubTarget.start();

	ChromeDriver driver;

	@BeforeAll
	void start() throws Exception {
		if (!Chromium.installed()) {
			return;
		}
		Departments.register(this.providers, "GZ-SCJGJ");
		SystemActor.runAs("test", () -> {
			this.accounts.createUser("officer.exchange", "信用办值班员", PASSWORD, Role.OFFICER, null);
			this.accounts.createUser("clerk.exchange", "市场监管局经办人", PASSWORD, Role.PROVIDER, "GZ-SCJGJ");
		});
		this.province.refuse(row -> row.getOrDefault("违法事实", "").contains("待补充") ? "违法事实不完整，请补充" : null);
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
		this.province.close();
	}

	@Test
	void anOfficerRegistersTheProvinceSendsWhatIsOwedAndReadsTheRefusalAndAClerkMayNotLook() throws Exception {
		Chromium.signIn(this.driver, base(), "officer.exchange", PASSWORD);
		this.driver.get(base() + "/ops/exchange");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("上报监控");
		this.driver.findElement(By.cssSelector("#register summary")).click();
		this.driver.findElement(By.name("code")).sendKeys("GD_PROVINCE");
		this.driver.findElement(By.name("name")).sendKeys("广东省公共信用信息平台");
		this.driver.findElement(By.cssSelector("#register-form input[name=categories][value=XZCF]")).click();
		assertThat(new org.openqa.selenium.support.ui.Select(this.driver.findElement(By.name("adapter")))
			.getFirstSelectedOption()
			.getText()).isEqualTo("文件报送（全国标准格式）");
		new org.openqa.selenium.support.ui.Select(this.driver.findElement(By.name("encoding"))).selectByValue("GBK");
		this.driver.findElement(By.name("url")).sendKeys(this.province.packagesUrl().toString());
		this.driver.findElement(By.name("receiptUrl")).sendKeys(this.province.receiptsUrl().toString());
		Chromium.submit(this.driver, this.driver.findElement(By.cssSelector("#register-form button")));
		assertThat(this.driver.findElement(By.id("notice")).getText()).contains("已登记目标平台“广东省公共信用信息平台”");
		assertThat(this.driver.findElement(By.id("secret")).getText()).startsWith("签名密钥：");

		file();
		this.driver.findElement(By.linkText("广东省公共信用信息平台")).click();
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("广东省公共信用信息平台");
		Chromium.submit(this.driver, this.driver.findElement(By.id("send-now")));
		assertThat(this.driver.findElement(By.id("notice")).getText()).contains("回执");
		// the receipt may come a moment after the package: read again until it has
		for (int i = 0; i < 20 && !this.driver.findElement(By.id("tile-acknowledged")).getText().equals("2"); i++) {
			Thread.sleep(300);
			Chromium.submit(this.driver, this.driver.findElement(By.id("send-now")));
		}
		assertThat(this.driver.findElement(By.id("tile-acknowledged")).getText()).isEqualTo("2");
		assertThat(this.driver.findElement(By.id("tile-rejected")).getText()).isEqualTo("1");
		assertThat(this.driver.findElement(By.id("tile-queued")).getText()).isEqualTo("0");
		assertThat(this.driver.findElement(By.id("reconciliation-total")).getText()).contains("3").contains("2");
		assertThat(this.driver.findElement(By.id("items")).getText()).contains("广州市市场监督管理局")
			.contains("行政处罚")
			.contains("穗市监处罚〔2026〕浏览器3号")
			.contains("违法事实不完整，请补充");
		Chromium.screenshot(this.driver, "exchange-target.png");

		Chromium.submit(this.driver, this.driver.findElement(By.id("toggle")));
		assertThat(this.driver.findElement(By.id("notice")).getText()).contains("已暂停报送");
		assertThat(this.driver.findElement(By.id("paused")).getText()).contains("报送已暂停");

		this.driver.manage().deleteAllCookies();
		Chromium.signIn(this.driver, base(), "clerk.exchange", PASSWORD);
		this.driver.get(base() + "/ops/exchange");
		assertThat(this.driver.getPageSource()).doesNotContain("登记目标平台");
	}

	private void file() {
		LocalDate decided = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3);
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			rows.add(aPenalty().against("广州浏览器上报" + i + "号贸易有限公司", CheckCharacters.uscc("91440106MA5X" + (1000 + i)))
				.document("穗市监处罚〔2026〕浏览器" + i + "号")
				.conduct("未按规定公示年度报告", (i == 3) ? "待补充" : "当事人未按规定期限公示2025年度报告。")
				.decidedOn(decided)
				.row());
		}
		SystemActor.runAs("test", () -> this.ingestion.submitRows("GZ-SCJGJ", "XZCF", rows, Channel.API));
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

}
