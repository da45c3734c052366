package io.gongxin.platform;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A password generated during start-up waits until the platform is ready, so that it is
 * the last thing on the console, not buried in the start-up log.
 */
class PasswordNoticesTests {

	@Test
	void holdsNoticesUntilThePlatformIsReadyAndShowsLaterOnesAtOnce() {
		ByteArrayOutputStream console = new ByteArrayOutputStream();
		PrintStream original = System.out;
		System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
		try {
			PasswordNotices notices = new PasswordNotices();
			notices.show("密码：first-secret");
			assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
			System.out.println("Started GongxinApplication");
			notices.platformReady();
			notices.show("密码：second-secret");
		}
		finally {
			System.setOut(original);
		}
		String shown = console.toString(StandardCharsets.UTF_8);
		assertThat(shown.indexOf("first-secret")).isGreaterThan(shown.indexOf("Started GongxinApplication"));
		assertThat(shown.indexOf("second-secret")).isGreaterThan(shown.indexOf("first-secret"));
	}

}
