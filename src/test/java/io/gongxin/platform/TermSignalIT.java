package io.gongxin.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.gongxin.GongxinApplication;
import io.gongxin.support.ChildPlatform;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM is the ordinary request to stop: the platform shuts down gracefully and says so
 * with exit code 0, which is what {@code spring-boot:run} (and any supervisor) needs to
 * see to call it a success rather than a crash (the JVM's own answer is 143).
 */
@GongxinIntegrationTest
class TermSignalIT {

	@Autowired
	DataSource dataSource;

	@TempDir
	Path directory;

	@Test
	void aTerminatedPlatformShutsDownGracefullyAndExitsWithZero() throws Exception {
		String url;
		try (Connection connection = this.dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
		}
		Path output = this.directory.resolve("console.txt");
		Process platform = new ProcessBuilder(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m", "-cp",
						System.getProperty("java.class.path"), GongxinApplication.class.getName(),
						"--spring.profiles.active=test", "--spring.datasource.url=" + url,
						"--spring.datasource.username=postgres", "--server.port=" + ChildPlatform.freePort(),
						"--logging.file.name=" + this.directory.resolve("platform.log")))
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		try {
			ChildPlatform.await(() -> read(output).contains("Started GongxinApplication") || !platform.isAlive(),
					Duration.ofMinutes(4), "platform start");
			assertThat(platform.isAlive()).as(read(output)).isTrue();
			// Process.destroy() is SIGTERM on Unix
			platform.destroy();
			assertThat(platform.waitFor(2, TimeUnit.MINUTES)).isTrue();
			assertThat(platform.exitValue()).as(read(output)).isZero();
			assertThat(read(output)).contains("Graceful shutdown complete");
		}
		finally {
			platform.destroyForcibly();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (java.io.IOException ex) {
			return "";
		}
	}

}
