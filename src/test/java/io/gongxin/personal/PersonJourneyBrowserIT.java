package io.gongxin.personal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.gongxin.creditfile.CreditFiles;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Providers;
import io.gongxin.report.internal.ReportPdfs;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.Chromium;
import io.gongxin.support.Departments;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.OidcIntegrationTest;
import io.gongxin.support.TestIdentityProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen's journey in a real browser, on a desktop and on a phone: from the sign-in
 * page through the test identity provider's own sign-in form back to their credit file,
 * their records, their printed 个人信用报告 and the list of who read their file. Screenshots
 * are kept under {@code target/screenshots/}.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonJourneyBrowserIT extends OidcIntegrationTest {

	static final String SCJG = "GZ-SCJGJ";

	static final String CITIZEN_ID = CheckCharacters.citizenId("44010619790615005");

	static final String DOCUMENT = "穗市监罚〔2026〕801号";

	@LocalServerPort
	int port;

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

	@BeforeAll
	void setUp() throws InterruptedException {
		if (!Chromium.installed()) {
			return;
		}
		Departments.register(this.providers, SCJG);
		var receipt = SystemActor.callAs("test",
				() -> this.ingestion.submitRows(SCJG, "XZCF",
						List.of(aPenalty().againstPerson("王小燕", CITIZEN_ID)
							.document(DOCUMENT)
							.fine("0.1")
							.decidedOn(LocalDate.now(this.clock).minusDays(2))
							.row()),
						Channel.API));
		assertThat(receipt.accepted()).as(receipt.toString()).isEqualTo(1);
		SubjectId person = this.subjects.findByKey(SubjectKey.citizenId(CITIZEN_ID)).orElseThrow().id();
		Instant deadline = Instant.now().plusSeconds(20);
		while (this.creditFiles.fileOf(person).isEmpty() && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
		}
		TestIdentityProvider.shared()
			.user("wangxiaoyan", Map.of("user_type", "person", "name", "王小燕", "citizen_id", CITIZEN_ID));
	}

	@BeforeEach
	void requireChromium() {
		Chromium.assumeInstalled();
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1366, 390 })
	void aPersonSignsInThroughTheIdentityProviderSeesTheirRecordsAndPrintsTheirReport(int width) throws Exception {
		ChromeDriver driver = Chromium.start(width, (width > 1000) ? 900 : 844);
		try {
			WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
			wait.withMessage(() -> "now at " + driver.getCurrentUrl());
			driver.get(base() + "/my/file");
			wait.until(d -> d.getCurrentUrl().startsWith(base() + "/login"));
			screenshot(driver, "person-login-" + width + ".png");
			driver.findElement(By.id("oidc-login")).click();

			// the identity provider's own sign-in page, on its own port
			String idp = TestIdentityProvider.shared().issuer();
			wait.until(d -> d.getCurrentUrl().startsWith(idp + "/login"));
			driver.findElement(By.id("username")).sendKeys("wangxiaoyan");
			driver.findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
			driver.findElement(By.cssSelector("button[type=submit]")).click();

			// back to the page that asked for the sign-in
			wait.until(d -> d.getCurrentUrl().startsWith(base() + "/my/file"));
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("我的信用档案");
			assertThat(driver.findElement(By.id("person-name")).getText()).isEqualTo("王小燕");
			assertThat(driver.findElement(By.id("person-id")).getText())
				.isEqualTo(CITIZEN_ID.substring(0, 6) + "********" + CITIZEN_ID.substring(14));
			assertThat(driver.findElement(By.cssSelector("article.record")).getText()).contains(DOCUMENT)
				.contains("行政处罚");
			assertThat(driver.findElement(By.tagName("header")).getText()).contains("王小燕").contains("查阅记录");
			assertThat(driver.getPageSource()).doesNotContain(CITIZEN_ID);
			assertFitsTheWindow(driver, width);
			screenshot(driver, "person-file-" + width + ".png");

			byte[] pdf = print(driver);
			assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
			assertThat(ReportPdfs.text(pdf).replaceAll("\\s+", "")).contains("个人公共信用信息报告")
				.contains("王小燕")
				.contains(DOCUMENT)
				.doesNotContain(CITIZEN_ID);

			driver.findElement(By.linkText("查阅记录")).click();
			wait.until(d -> d.getCurrentUrl().equals(base() + "/my/file/readers"));
			assertThat(driver.findElement(By.id("readers")).getText()).contains("本人")
				.contains("本人查阅信用档案")
				.contains("出具个人信用报告")
				.contains("北京时间");
			assertFitsTheWindow(driver, width);
			screenshot(driver, "person-readers-" + width + ".png");
		}
		finally {
			driver.quit();
		}
	}

	/**
	 * Presses 打印个人信用报告 the way the page's form sends it (its CSRF token, the session
	 * cookie) and returns the PDF the platform answered with; a download would leave the
	 * file where the test cannot see it.
	 */
	private static byte[] print(ChromeDriver driver) {
		Object encoded = driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const form = document.getElementById('print-form');
				fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)) })
				  .then(response => response.arrayBuffer())
				  .then(buffer => {
				    let text = '';
				    const bytes = new Uint8Array(buffer);
				    for (let i = 0; i < bytes.length; i += 8192) {
				      text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
				    }
				    done(btoa(text));
				  })
				  .catch(error => done('failed: ' + error));
				""");
		assertThat(String.valueOf(encoded)).doesNotStartWith("failed");
		return Base64.getDecoder().decode(String.valueOf(encoded));
	}

	/** No sideways scrolling: the page is no wider than the window. */
	private static void assertFitsTheWindow(ChromeDriver driver, int width) {
		Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
		Number innerWidth = (Number) driver.executeScript("return window.innerWidth;");
		assertThat(scrollWidth.intValue()).as("page width at %d px", width).isLessThanOrEqualTo(innerWidth.intValue());
	}

	private static void screenshot(ChromeDriver driver, String name) throws Exception {
		Path directory = Path.of("target", "screenshots");
		Files.createDirectories(directory);
		Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), directory.resolve(name),
				StandardCopyOption.REPLACE_EXISTING);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
