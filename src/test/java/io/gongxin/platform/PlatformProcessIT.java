package io.gongxin.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.gongxin.support.ChildPlatform;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform as an operator runs it, in a JVM of its own on a fresh data directory with
 * no passwords configured: every generated password reaches the operator once, on the
 * console, after start-up is over, and never the log file, which is kept, rotated and
 * shipped. SIGTERM, the ordinary request to stop, shuts down gracefully with exit code 0,
 * which {@code spring-boot:run} and supervisors need to call it a success (the JVM's own
 * answer would be 143).
 */
class PlatformProcessIT {

	private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@TempDir
	Path directory;

	@Test
	void generatedPasswordsAreShownOnTheConsoleOnlyAndATerminatedPlatformExitsWithZero() throws Exception {
		ChildPlatform platform = new ChildPlatform(this.directory, "--gongxin.security.admin.password=",
				"--gongxin.demo.password=");
		try {
			platform.start();
			String console = platform.console();
			String admin = after(console, "用户名：admin\\s+密码：");
			String demo = after(console, "共用密码：");
			String enterprise = after(console, "已创建演示法人用户[^\\n]*\\n\\s*密码：");
			assertThat(console.indexOf("已创建首个系统管理员账号")).as("the notices come after start-up, not buried in it")
				.isGreaterThan(console.indexOf("Started GongxinApplication"));
			assertThat(hashOf(platform, "admin")).matches(hash -> this.encoder.matches(admin, hash));
			assertThat(hashOf(platform, "officer")).matches(hash -> this.encoder.matches(demo, hash));
			assertThat(hashOf(platform, "enterprise.demo")).matches(hash -> this.encoder.matches(enterprise, hash));
			String log = Files.readString(platform.logFile());
			assertThat(log).contains("First administrator 'admin' created with a generated password")
				.doesNotContain(admin)
				.doesNotContain(demo)
				.doesNotContain(enterprise);

			assertThat(platform.stop()).as(platform.console()).isZero();
			assertThat(platform.console()).contains("Graceful shutdown complete");
		}
		finally {
			platform.kill();
		}
	}

	private static String after(String console, String label) {
		Matcher matcher = Pattern.compile(label + "\\s*(\\S+)").matcher(console);
		assertThat(matcher.find()).as("the console shows " + label + ":\n" + console).isTrue();
		return matcher.group(1);
	}

	private static String hashOf(ChildPlatform platform, String username) throws Exception {
		try (Connection connection = platform.connect();
				PreparedStatement statement = connection
					.prepareStatement("SELECT password_hash FROM security_user WHERE username = ?")) {
			statement.setString(1, username);
			try (ResultSet rs = statement.executeQuery()) {
				assertThat(rs.next()).as("account " + username).isTrue();
				return rs.getString(1);
			}
		}
	}

}
