package io.gongxin.platform;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.Chromium;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office's menus as each role sees them, on a desktop and on a phone: a clerk
 * lands on the intake and reaches problem data through 数据归集; an officer finds the
 * monitoring a clerk does not see; an administrator reaches the audit log through 系统管理.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMenuBrowserIT {

	static final String PASSWORD = "Role-Menu-Browser-2026!";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	ChromeDriver driver;

	@BeforeAll
	void start() throws Exception {
		if (!Chromium.installed()) {
			return;
		}
		SystemActor.runAs("test", () -> {
			this.providers.register(
					new Provider("GZ-MENU", "广州市菜单测试局", CheckCharacters.uscc("11440100MB2D6621"), "440100", true, 0));
			this.accounts.createUser("clerk.menu", "菜单测试经办人", PASSWORD, Role.PROVIDER, "GZ-MENU");
			this.accounts.createUser("officer.menu", "菜单测试信用办", PASSWORD, Role.OFFICER, null);
			this.accounts.createUser("admin.menu", "菜单测试管理员", PASSWORD, Role.ADMIN, null);
		});
		this.driver = Chromium.start(1366, 900);
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

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1366, 390 })
	void eachRoleFindsItsWorkInItsOwnMenus(int width) throws Exception {
		this.driver.manage().window().setSize(new Dimension(width, 900));
		String base = "http://localhost:" + this.port;

		Chromium.signIn(this.driver, base, "clerk.menu", PASSWORD);
		assertThat(this.driver.getCurrentUrl()).endsWith("/ingest");
		// a phone folds the menus behind 菜单; a desktop shows them without it
		WebElement toggle = this.driver.findElement(By.id("menu-toggle"));
		assertThat(toggle.isDisplayed()).isEqualTo(width < 720);
		assertThat(this.driver.findElement(By.id("site-nav")).isDisplayed()).isEqualTo(width >= 720);
		assertThat(menus()).contains("数据归集", "业务办理").doesNotContain("运行监控", "系统管理");
		open("数据归集", "问题数据");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("问题数据");
		// and the page says where it sits
		assertThat(this.driver.findElement(By.cssSelector("nav.crumbs")).getText()).isEqualTo("首页 › 数据归集 › 问题数据");
		assertNoSidewaysScroll();
		Chromium.screenshot(this.driver, "menu-clerk-" + width + ".png");

		Chromium.signIn(this.driver, base, "officer.menu", PASSWORD);
		assertThat(menus()).contains("数据归集", "运行监控").doesNotContain("系统管理");
		open("运行监控", "上报监控");
		assertThat(this.driver.getCurrentUrl()).endsWith("/ops/exchange");
		Chromium.screenshot(this.driver, "menu-officer-" + width + ".png");

		Chromium.signIn(this.driver, base, "admin.menu", PASSWORD);
		assertThat(menus()).contains("系统管理");
		open("系统管理", "审计日志");
		assertThat(this.driver.getCurrentUrl()).contains("/admin/audit");
		assertNoSidewaysScroll();
		Chromium.screenshot(this.driver, "menu-admin-" + width + ".png");
	}

	private List<String> menus() {
		unfold();
		return this.driver.findElements(By.cssSelector("header.site details.menu > summary"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/** Opens a menu by its title and follows one of its entries, as a person does. */
	private void open(String menu, String entry) {
		WebElement details = this.driver
			.findElement(By.xpath("//header//details[summary[normalize-space()='" + menu + "']]"));
		WebElement link = details.findElement(By.xpath(".//a[normalize-space()='" + entry + "']"));
		assertThat(link.isDisplayed()).as("closed menus hide their entries").isFalse();
		unfold();
		details.findElement(By.tagName("summary")).click();
		assertThat(link.isDisplayed()).isTrue();
		// all of the entry on the screen, where a thumb can reach it
		Number left = (Number) this.driver.executeScript("return arguments[0].getBoundingClientRect().left;", link);
		Number right = (Number) this.driver.executeScript("return arguments[0].getBoundingClientRect().right;", link);
		assertThat(left.doubleValue()).isGreaterThanOrEqualTo(0);
		assertThat(right.doubleValue())
			.isLessThanOrEqualTo(((Number) this.driver.executeScript("return window.innerWidth;")).doubleValue());
		Chromium.submit(this.driver, link);
	}

	/** On a phone, presses 菜单 to show the menus, unless they are shown already. */
	private void unfold() {
		WebElement toggle = this.driver.findElement(By.id("menu-toggle"));
		if (toggle.isDisplayed() && "false".equals(toggle.getDomAttribute("aria-expanded"))) {
			toggle.click();
			assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
		}
	}

	private void assertNoSidewaysScroll() {
		Object overflow = ((JavascriptExecutor) this.driver)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(1);
	}

}
