package io.gongxin.security.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.gongxin.platform.PasswordNotices;
import io.gongxin.security.Accounts;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated password reaches the operator on the console and never the log file, which
 * outlives the moment and travels.
 */
@GongxinIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
		properties = { "gongxin.security.admin.password=", "logging.file.name=" + GeneratedPasswordsIT.LOG_FILE })
class GeneratedPasswordsIT {

	static final String LOG_FILE = "target/test-logs/generated-passwords.log";

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordNotices notices;

	@Autowired
	UserDetailsService users;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theFirstAdministratorsPasswordIsShownOnTheConsoleAndNeverInTheLogFile(CapturedOutput output) throws Exception {
		if (!output.toString().contains("已创建首个系统管理员账号")) {
			// the context started before the capture, or on a database this class no
			// longer uses: the creation runs again where its output is captured
			assertThat(this.accounts.hasAdmin()).isFalse();
			new AdminBootstrap(this.accounts, this.notices, "admin", "").run(null);
		}
		String password = passwordAfter(output.toString(), "(?<!共用)密码：");
		assertThat(this.encoder.matches(password, this.users.loadUserByUsername("admin").getPassword())).isTrue();
		assertThat(logFile()).contains("First administrator 'admin' created").doesNotContain(password);
	}

	@Test
	void theDemoAccountsPasswordIsShownOnTheConsoleOnly(CapturedOutput output) throws Exception {
		new AccountDemoData(this.accounts, this.notices, "").contribute();
		String password = passwordAfter(output.toString(), "共用密码：");
		assertThat(this.encoder.matches(password, this.users.loadUserByUsername("officer").getPassword())).isTrue();
		assertThat(logFile()).contains("Demo accounts officer").doesNotContain(password);
	}

	private static String passwordAfter(String console, String label) {
		Matcher matcher = Pattern.compile(label + "\\s*(\\S+)").matcher(console);
		assertThat(matcher.find()).as("the console shows " + label).isTrue();
		return matcher.group(1);
	}

	private static String logFile() throws Exception {
		return Files.readString(Path.of(LOG_FILE), StandardCharsets.UTF_8);
	}

}
