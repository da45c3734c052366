package io.gongxin.platform.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A platform killed with SIGKILL leaves its PostgreSQL server running on the data
 * directory; the next start must get past it without a person.
 */
class LeftoverServerIT {

	@Test
	void aServerLeftByAKilledPlatformIsStoppedAndTheDirectoryStartsAgainWithItsCommittedData(@TempDir Path temp)
			throws Exception {
		Path data = temp.resolve("pg");
		Process platform = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), AbandonedServer.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(platform.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null && !line.equals("READY")) {
				// zonky's own log lines
			}
			assertThat(line).as("the child started its server").isEqualTo("READY");
		}
		platform.destroyForcibly();
		platform.waitFor();
		long leftover = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive)).as("the server outlived its JVM")
			.contains(true);

		assertThat(new LeftoverServer(data, Duration.ofSeconds(30)).stopIfAbandoned())
			.isEqualTo(LeftoverServer.Finding.STOPPED_LEFTOVER);

		assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		try (EmbeddedPostgres again = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start()) {
			assertThat(notes(again)).containsExactly("committed before the crash");
		}
	}

	@Test
	void aServerOfAPlatformStillRunningIsLeftAloneAndStartUpSaysWhy(@TempDir Path temp) throws Exception {
		Path data = temp.resolve("pg");
		try (EmbeddedPostgres running = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start()) {
			assertThatIllegalStateException()
				.isThrownBy(() -> new LeftoverServer(data, Duration.ofSeconds(5)).stopIfAbandoned())
				.withMessageContaining("Another GongXin process is using the data directory");
			try (Connection connection = running.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement();
					ResultSet rs = statement.executeQuery("SELECT 1")) {
				assertThat(rs.next()).as("the running server still answers").isTrue();
			}
		}
	}

	@Test
	void aLockFileNamingAProcessThatIsNotPostgresIsRemoved(@TempDir Path data) throws Exception {
		// this JVM's own number: alive, and certainly not a PostgreSQL server
		Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");
		assertThat(new LeftoverServer(data, Duration.ofSeconds(5)).stopIfAbandoned())
			.isEqualTo(LeftoverServer.Finding.STALE_LOCK_FILE);
		assertThat(data.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void aLockFileOfAProcessThatIsGoneIsLeftForPostgresToTakeOver(@TempDir Path data) throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Files.writeString(data.resolve("postmaster.pid"), gone.pid() + "\n" + data + "\n");
		assertThat(new LeftoverServer(data, Duration.ofSeconds(5)).stopIfAbandoned())
			.isEqualTo(LeftoverServer.Finding.STALE_LOCK_FILE);
	}

	private static List<String> notes(EmbeddedPostgres postgres) throws Exception {
		List<String> notes = new ArrayList<>();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT note FROM kept")) {
			while (rs.next()) {
				notes.add(rs.getString(1));
			}
		}
		return notes;
	}

}
