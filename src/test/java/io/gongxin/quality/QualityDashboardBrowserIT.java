package io.gongxin.quality;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
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
 * An officer opens the quality dashboard in a real browser: the charts render with
 * Chinese labels.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityDashboardBrowserIT {

	static final String PASSWORD = "Quality-Browser-2026!";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	Ingestion ingestion;

	@Autowired
	QualityMetrics metrics;

	@Autowired
	Clock clock;

	static final String AUTHORITY = CheckCharacters.uscc("11440104MB2Q7731");

	ChromeDriver driver;

	@BeforeAll
	void start() throws Exception {
		if (!Chromium.installed()) {
			// nothing to set up: each test is skipped, with the reason, by
			// requireChromium
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		SystemActor.runAs("test", () -> {
			this.providers.register(new Provider("GZ-QBR", "广州浏览器测试局", AUTHORITY, "440104", true, 0));
			this.accounts.createUser("officer.quality", "质量专员", PASSWORD, Role.OFFICER, null);
			this.ingestion.submitRows("GZ-QBR", "XZCF",
					List.of(aPenalty().against("广州图表一号公司", CheckCharacters.uscc("91440101MA5QBR01"))
						.by("广州浏览器测试局", AUTHORITY)
						.document("穗图罚〔" + today.getYear() + "〕1号")
						.decidedOn(today)
						.row(),
							aPenalty().against("广州图表二号公司", "91440101MA5QBR02ZZ")
								.by("广州浏览器测试局", AUTHORITY)
								.document("穗图罚〔" + today.getYear() + "〕2号")
								.decidedOn(today)
								.row()),
					Channel.API);
		});
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.metrics.overall(Period.month(java.time.YearMonth.from(today))).batches() == 1);
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
	void theDashboardRendersItsChartsWithChineseLabels() throws Exception {
		String base = "http://localhost:" + this.port;
		this.driver.get(base + "/login");
		this.driver.findElement(By.id("username")).sendKeys("officer.quality");
		this.driver.findElement(By.id("password")).sendKeys(PASSWORD);
		this.driver.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
		this.driver.get(base + "/quality");
		WebElement charts = new WebDriverWait(this.driver, Duration.ofSeconds(30)).until(d -> {
			WebElement element = d.findElement(By.id("quality-charts"));
			return ("true".equals(element.getAttribute("data-rendered"))) ? element : null;
		});
		assertThat(charts.getAttribute("data-error")).isNull();
		String svgText = String.join("|",
				this.driver.findElements(By.cssSelector("#quality-charts svg text"))
					.stream()
					.map(WebElement::getText)
					.toList());
		assertThat(svgText).contains("归集量与合规率（按日）")
			.contains("各单位合规率与及时率")
			.contains("主要问题原因")
			.contains("广州浏览器测试局")
			.contains("代码或证件号码错误");
		assertThat(this.driver.findElement(By.id("tile-compliance")).getText()).isEqualTo("50.00%");
		Path artifacts = Path.of("target", "test-artifacts");
		Files.createDirectories(artifacts);
		File shot = this.driver.getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), artifacts.resolve("quality-dashboard.png"), StandardCopyOption.REPLACE_EXISTING);
		assertThat(artifacts.resolve("quality-dashboard.png")).isNotEmptyFile();
	}

}
