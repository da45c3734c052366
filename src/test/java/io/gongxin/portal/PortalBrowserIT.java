package io.gongxin.portal;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.creditfile.Filing;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.support.Chromium;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen in a real browser (Debian chromium, headless): searches a 2-character name,
 * opens the company and switches tabs. Screenshots go to target/test-artifacts/.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalBrowserIT {

	static final Path ARTIFACTS = Path.of("target", "test-artifacts");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Providers providers;

	@Autowired
	Accounts accounts;

	WebDriver browser;

	@BeforeAll
	void setUp() throws Exception {
		if (!Chromium.installed()) {
			// nothing to set up: each test is skipped, with the reason, by
			// requireChromium
			return;
		}
		Filing filing = Filing.asClerk(this.mvc, this.json, this.providers, this.accounts);
		filing.penalties(List.of(
				aPenalty().against("广州锦鲤餐饮管理有限公司", CheckCharacters.uscc("91440101MA5JLCY1"))
					.document("穗市监罚〔2026〕501号")
					.fine("2")
					.conduct("食品安全", "经营超过保质期的食品。")
					.decidedOn(LocalDate.now())
					.row(),
				aPenalty().against("广州锦鲤文化传播有限公司", CheckCharacters.uscc("91440101MA5JLWH2"))
					.document("穗市监罚〔2026〕502号")
					.fine("1")
					.decidedOn(LocalDate.now())
					.row()));
		filing.await("/api/public/publications?category=XZCF", null, body -> body.contains("穗市监罚〔2026〕502号"));
		Files.createDirectories(ARTIFACTS);
		this.browser = Chromium.start(1280, 900);
	}

	@BeforeEach
	void requireChromium() {
		Chromium.assumeInstalled();
	}

	@AfterAll
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aCitizenSearchesATwoCharacterNameOpensTheCompanyAndSwitchesTabs() throws IOException {
		WebDriverWait wait = new WebDriverWait(this.browser, Duration.ofSeconds(10));
		// htmx swaps the tab panel: an element read in the middle of a swap is looked up
		// again
		wait.ignoring(StaleElementReferenceException.class);
		this.browser.get("http://localhost:" + this.port + "/");
		this.browser.findElement(By.id("q")).sendKeys("锦鲤");
		this.browser.findElement(By.cssSelector("form.search button")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.subject-link")));
		assertThat(this.browser.findElement(By.id("results")).getText()).contains("广州锦鲤餐饮管理有限公司")
			.contains("广州锦鲤文化传播有限公司")
			.contains("企业");
		screenshot("1-search");

		this.browser.findElement(By.linkText("广州锦鲤餐饮管理有限公司")).click();
		wait.until(ExpectedConditions.textToBe(By.id("subject-name"), "广州锦鲤餐饮管理有限公司"));
		assertThat(this.browser.findElement(By.id("tab-panel")).getText()).contains("统一社会信用代码");
		screenshot("2-subject");

		this.browser.findElement(By.id("tab-xzcf")).click();
		// the 基本信息 panel names the penalty too, as the source of the legal representative
		wait.until(ExpectedConditions.attributeToBe(By.id("tab-panel"), "aria-label", "行政处罚"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tab-panel"), "穗市监罚〔2026〕501号"));
		assertThat(this.browser.findElement(By.id("tab-xzcf")).getAttribute("aria-current")).isEqualTo("page");
		screenshot("3-penalties");

		this.browser.findElement(By.id("tab-xzxk")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tab-panel"), "暂无公示中的行政许可信息"));
		screenshot("4-empty-licences");
	}

	private void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) this.browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), ARTIFACTS.resolve("portal-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}
