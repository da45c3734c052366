package io.gongxin.portal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.creditfile.Filing;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.Chromium;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.Layout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The portal's pages on a phone (390 px) and a desktop (1366 px) in a real browser: no
 * page is wider than the screen, and no result cell is squeezed below about four
 * characters (the phone used to show listings one character per line). One browser for
 * the class; screenshots go to target/screenshots/.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalLayoutBrowserIT {

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

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

	@Autowired
	Subjects subjects;

	ChromeDriver browser;

	final Map<String, String> pages = new LinkedHashMap<>();

	@BeforeAll
	void setUp() throws Exception {
		if (!Chromium.installed()) {
			// each test is skipped, with the reason, by requireChromium
			return;
		}
		Filing filing = Filing.asClerk(this.mvc, this.json, this.providers, this.accounts);
		List<Map<String, String>> rows = new ArrayList<>();
		String uscc = CheckCharacters.uscc("91440101MA5LYT00");
		for (int i = 0; i < 25; i++) {
			rows.add(aPenalty()
				.against("广州市天河区锦绣山河国际供应链管理有限公司第" + i + "分公司",
						(i == 0) ? uscc : CheckCharacters.uscc("91440101MA5LY" + (100 + i)))
				.document("穗市监罚〔2026〕" + (6000 + i) + "号")
				.fine("12.5")
				.conduct("未按规定履行食品安全管理义务", "当事人未建立进货查验记录制度，经营超过保质期的食品，情节较重。")
				.decidedOn(LocalDate.now())
				.row());
		}
		filing.penalties(rows);
		long id = this.subjects.findByKey(SubjectKey.uscc(uscc)).orElseThrow().id().value();
		filing.await("/portal/subjects/" + id + "?tab=xzcf", null, body -> body.contains("6000号"));
		String number = this.mvc.perform(get("/portal/subjects/" + id + "/report.pdf").with(request -> {
			request.setRemoteAddr("10.4.0.1");
			return request;
		})).andReturn().getResponse().getHeader("X-Report-Number");
		this.pages.put("home", "/");
		this.pages.put("search", "/portal/search?q=%E9%94%A6%E7%BB%A3%E5%B1%B1%E6%B2%B3");
		this.pages.put("publications", "/portal/publications?category=XZCF");
		this.pages.put("subject", "/portal/subjects/" + id + "?tab=xzcf");
		this.pages.put("basic", "/portal/subjects/" + id);
		this.pages.put("measures", "/portal/measures");
		this.pages.put("inspections", "/portal/inspections");
		this.pages.put("verify", "/verify/" + number);
		Files.createDirectories(SCREENSHOTS);
		this.browser = Chromium.start(1366, 900);
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
	void onAPhoneNoPageIsWiderThanTheScreenAndNoResultCellIsSqueezed() throws IOException {
		check(390, 844);
	}

	@Test
	void onADesktopNoPageIsWiderThanTheScreenAndNoResultCellIsSqueezed() throws IOException {
		check(1366, 900);
	}

	@Test
	void theVerificationPageAndTheResultsFitTheNarrowestPhone() throws IOException {
		check(360, 740, "search", "verify");
	}

	private void check(int width, int height, String... only) throws IOException {
		this.browser.manage().window().setSize(new Dimension(width, height));
		Map<String, Object> problems = new LinkedHashMap<>();
		for (Map.Entry<String, String> page : this.pages.entrySet()) {
			if (only.length > 0 && !List.of(only).contains(page.getKey())) {
				continue;
			}
			this.browser.get("http://localhost:" + this.port + page.getValue());
			assertThat(this.browser.getTitle()).as(page.getKey()).doesNotContain("出错");
			// the page is laid out for the width asked for (a window can refuse to be
			// that narrow)
			assertThat(((Number) this.browser.executeScript("return window.innerWidth;")).intValue())
				.as("viewport of %s", page.getKey())
				.isEqualTo(width);
			long overflow = Layout.overflow(this.browser);
			if (overflow > 0) {
				problems.put(page.getKey() + " is wider than the screen by", overflow + "px");
			}
			List<?> cells = Layout.squeezedCells(this.browser);
			if (!cells.isEmpty()) {
				problems.put(page.getKey() + " squeezes", cells);
			}
			Files.copy(this.browser.getScreenshotAs(OutputType.FILE).toPath(),
					SCREENSHOTS.resolve("portal-" + page.getKey() + "-" + width + ".png"),
					StandardCopyOption.REPLACE_EXISTING);
		}
		assertThat(problems).as("at %d px", width).isEmpty();
	}

}
