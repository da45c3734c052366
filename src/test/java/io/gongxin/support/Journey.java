package io.gongxin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's walk through the back office in a real browser at one window width: signs
 * in, follows the header menus as a person does, and at each step checks that the page
 * fits the window and speaks Chinese, then keeps a screenshot under
 * {@code target/test-artifacts/} named after the role, the step and the width.
 */
public final class Journey {

	private final ChromeDriver driver;

	private final String base;

	private final String role;

	private final int width;

	private final WebDriverWait wait;

	private int steps;

	public Journey(ChromeDriver driver, String base, String role, int width) {
		this.driver = driver;
		this.base = base;
		this.role = role;
		this.width = width;
		this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
		this.wait.withMessage(() -> "now at " + driver.getCurrentUrl());
		this.wait.ignoring(StaleElementReferenceException.class);
		forgetEarlierScreenshots();
	}

	/** An earlier run's screenshots of this journey would mix with this run's. */
	private void forgetEarlierScreenshots() {
		Path artifacts = Path.of("target", "test-artifacts");
		String prefix = "journey-%s-%d-".formatted(this.role, this.width);
		if (!Files.isDirectory(artifacts)) {
			return;
		}
		try (Stream<Path> files = Files.list(artifacts)) {
			for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ChromeDriver driver() {
		return this.driver;
	}

	public void signIn(String username, String password) {
		Chromium.signIn(this.driver, this.base, username, password);
	}

	/** The path (and query) of the page shown now. */
	public String path() {
		return this.driver.getCurrentUrl().substring(this.base.length());
	}

	public String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	public String text(By element) {
		return this.driver.findElement(element).getText();
	}

	public void type(By field, String text) {
		WebElement input = this.driver.findElement(field);
		input.clear();
		input.sendKeys(text);
	}

	public void until(Function<WebDriver, Boolean> condition) {
		this.wait.until(condition);
	}

	/**
	 * Opens a header menu by its title and follows one of its entries. On a phone the
	 * menus are folded behind 菜单, which is pressed first, and the entries must lie inside
	 * the screen, where a thumb can reach them.
	 */
	public void open(String menu, String entry) throws IOException {
		WebElement details = this.driver
			.findElement(By.xpath("//header//details[summary[normalize-space()='" + menu + "']]"));
		WebElement link = details.findElement(By.xpath(".//a[normalize-space()='" + entry + "']"));
		WebElement toggle = this.driver.findElement(By.id("menu-toggle"));
		boolean phone = this.width <= 720;
		assertThat(toggle.isDisplayed()).as("菜单 shown at %d px", this.width).isEqualTo(phone);
		assertThat(details.isDisplayed()).as("menus folded at %d px", this.width).isEqualTo(!phone);
		if (phone) {
			assertThat(toggle.getText()).isEqualTo("菜单");
			toggle.click();
			this.wait.until(d -> details.isDisplayed());
		}
		details.findElement(By.tagName("summary")).click();
		this.wait.until(d -> link.isDisplayed());
		Map<?, ?> box = (Map<?, ?>) this.driver.executeScript(
				"const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right};", link);
		assertThat(((Number) box.get("left")).doubleValue()).as("left edge of %s › %s", menu, entry)
			.isGreaterThanOrEqualTo(0);
		assertThat(((Number) box.get("right")).doubleValue()).as("right edge of %s › %s", menu, entry)
			.isLessThanOrEqualTo(this.width);
		screenshot("menu");
		Chromium.submit(this.driver, link);
	}

	/** Presses a button or follows a link and waits for the page it brings. */
	public void press(By element) {
		Chromium.submit(this.driver, this.driver.findElement(element));
	}

	/**
	 * Presses a button whose form asks first ({@code data-confirm}), answers the
	 * browser's question with 确定 and waits for the page the answer brings; returns the
	 * question.
	 */
	public String pressAndConfirm(WebElement button) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		button.click();
		var alert = this.wait.until(ExpectedConditions.alertIsPresent());
		String question = alert.getText();
		alert.accept();
		this.wait.until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (WebDriverException gone) {
				return true;
			}
		});
		return question;
	}

	/**
	 * One step done: the page is no wider than the window, its heading is Chinese, and a
	 * screenshot is kept.
	 */
	public void step(String name) throws IOException {
		step(name, By.tagName("h1"));
	}

	/**
	 * One step done, its screenshot showing the part of the page the step is about.
	 * @see #step(String)
	 */
	public void step(String name, By shown) throws IOException {
		assertThat(((Number) this.driver.executeScript("return window.innerWidth;")).intValue())
			.as("the page is laid out for the width asked for")
			.isEqualTo(this.width);
		assertThat(Layout.overflow(this.driver)).as("sideways scroll on %s at %d px", path(), this.width)
			.isLessThanOrEqualTo(1);
		assertThat(Layout.squeezedCells(this.driver))
			.as("cells squeezed below four characters on %s at %d px", path(), this.width)
			.isEmpty();
		assertThat(heading()).as("heading of %s", path()).containsPattern("\\p{IsHan}");
		assertThat(this.driver.getTitle()).as("title of %s", path()).doesNotContain("出错");
		assertThat(text(By.tagName("main"))).as("text of %s", path())
			.doesNotContainPattern("\\b(null|undefined|Exception|Error|error|Whitelabel)\\b");
		this.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", this.driver.findElement(shown));
		screenshot(name);
	}

	private void screenshot(String name) throws IOException {
		this.steps++;
		Chromium.screenshot(this.driver,
				"journey-%s-%d-%02d-%s.png".formatted(this.role, this.width, this.steps, name));
	}

	/** The status code a GET of the link answers with, asked from the page's session. */
	public int status(String href) {
		Object status = this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { redirect: 'manual' }).then(r => done(r.status)).catch(e => done(-1));
				""", href);
		return ((Number) status).intValue();
	}

	/**
	 * Sends a form of the page the way pressing its button would (its CSRF token, the
	 * session cookie) and returns the body of the answer; a download would leave the file
	 * where the test cannot see it.
	 */
	public byte[] download(String formId) {
		Object encoded = this.driver.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const form = document.getElementById(arguments[0]);
				fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)) })
				  .then(response => response.ok ? response.arrayBuffer() : Promise.reject(response.status))
				  .then(buffer => {
				    let text = '';
				    const bytes = new Uint8Array(buffer);
				    for (let i = 0; i < bytes.length; i += 8192) {
				      text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
				    }
				    done(btoa(text));
				  })
				  .catch(error => done('failed: ' + error));
				""", formId);
		assertThat(String.valueOf(encoded)).doesNotStartWith("failed");
		return Base64.getDecoder().decode(String.valueOf(encoded));
	}

}
