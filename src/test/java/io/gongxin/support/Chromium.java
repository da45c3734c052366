package io.gongxin.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium for the browser tests, found on the {@code PATH}. The README promises
 * that the suite needs nothing but a JDK: where Chromium or its driver is missing, the
 * browser tests are skipped with a message naming what is missing, never failed.
 * {@code .ci/run} installs Debian's {@code chromium} and {@code chromium-driver}, so CI
 * runs them.
 */
public final class Chromium {

	private Chromium() {
	}

	/** Whether both Chromium and chromedriver are on the PATH. */
	public static boolean installed() {
		return missing().isEmpty();
	}

	/**
	 * Call before each browser test: skips it (a JUnit assumption, so it is reported as
	 * skipped with the reason) when Chromium or chromedriver is not installed.
	 */
	public static void assumeInstalled() {
		List<String> missing = missing();
		if (!missing.isEmpty()) {
			String reason = "Browser test skipped: " + String.join(" and ", missing)
					+ " not found on PATH (install Debian's chromium and chromium-driver; .ci/run does)";
			// also in the build log, where a skipped count alone says nothing
			System.err.println(reason);
			Assumptions.assumeTrue(false, reason);
		}
	}

	private static List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (browser().isEmpty()) {
			missing.add("chromium");
		}
		if (driver().isEmpty()) {
			missing.add("chromedriver");
		}
		return missing;
	}

	/** A headless browser with a fresh profile, in a window of the given size. */
	public static ChromeDriver start(int width, int height) throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browser().orElseThrow().toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=" + width + "," + height,
				"--user-data-dir=" + Files.createTempDirectory("gongxin-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(driver().orElseThrow().toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		// headless Chromium lays a --window-size narrower than 500 px out at 500 px; a
		// window resized afterwards takes the width asked for, as a phone's would
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
		return driver;
	}

	static Optional<Path> browser() {
		return onPath("chromium").or(() -> onPath("chromium-browser"));
	}

	static Optional<Path> driver() {
		return onPath("chromedriver");
	}

	private static Optional<Path> onPath(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String directory : path.split(File.pathSeparator)) {
			if (directory.isEmpty()) {
				continue;
			}
			Path candidate = Path.of(directory, name);
			if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** Signs in through the login page and waits until the browser has left it. */
	public static void signIn(ChromeDriver driver, String base, String user, String password) {
		driver.manage().deleteAllCookies();
		driver.get(base + "/login");
		driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(user);
		driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
		driver.findElement(org.openqa.selenium.By.cssSelector("form button[type=submit], form input[type=submit]"))
			.click();
		new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
			.until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/**
	 * Clicks a submit button and waits for the page the answer brings (a redirect, or the
	 * same page again): the old page must be gone before anything is read from the new.
	 */
	public static void submit(ChromeDriver driver, org.openqa.selenium.WebElement button) {
		org.openqa.selenium.WebElement page = driver.findElement(org.openqa.selenium.By.tagName("html"));
		button.click();
		try {
			// a destructive form asks first (static/js/confirm.js): the person agrees
			driver.switchTo().alert().accept();
		}
		catch (org.openqa.selenium.NoAlertPresentException none) {
			// nothing to confirm
		}
		org.openqa.selenium.support.ui.WebDriverWait wait = new org.openqa.selenium.support.ui.WebDriverWait(driver,
				java.time.Duration.ofSeconds(30));
		wait.until(d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.WebDriverException gone) {
				// stale, or (Chromium) "Node … does not belong to the document": the old
				// page
				// is gone either way
				return true;
			}
		});
		wait.until(d -> "complete"
			.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/** Keeps a screenshot under target/test-artifacts for people to look at. */
	public static void screenshot(ChromeDriver driver, String name) throws IOException {
		Path artifacts = Path.of("target", "test-artifacts");
		Files.createDirectories(artifacts);
		Files.copy(driver.getScreenshotAs(org.openqa.selenium.OutputType.FILE).toPath(), artifacts.resolve(name),
				java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

}
