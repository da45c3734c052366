package io.gongxin.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.support.ChildPlatform;
import io.gongxin.support.Penalties;
import io.gongxin.support.Multipart;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills the platform's JVM with SIGKILL in the middle of a large batch, leaving its
 * database server running, starts it again the normal way, and checks that nothing of the
 * interrupted attempt survived and that the batch was completed from its spooled
 * original, exactly once: accepted + rejected = submitted, every valid row stored once.
 */
class IngestCrashIT {

	static final int ROWS = 40_000;

	static final String SECRET = "gx_crashtest01_" + "k".repeat(32);

	@Test
	void aBatchInterruptedByACrashIsCompletedExactlyOnceAfterRestart(@TempDir Path temp) throws Exception {
		ChildPlatform platform = new ChildPlatform(temp);
		int dbPort = platform.dbPort();
		int httpPort = platform.httpPort();
		Path csv = temp.resolve("penalties.csv");
		Files.writeString(csv, penalties(), StandardCharsets.UTF_8);

		platform.start();
		try {
			platform.issueKey(SECRET, "PROVIDER", "GZ-SCJGJ");
			UUID batch = uploadAsync(httpPort, csv);
			await(() -> progress(dbPort, batch) > 0, Duration.ofMinutes(3), "batch progress");
			assertThat(status(dbPort, batch)).isEqualTo("PROCESSING");
		}
		finally {
			long leftover = platform.crash();
			assertThat(ProcessHandle.of(leftover).map(ProcessHandle::isAlive))
				.as("the database server outlived the killed JVM")
				.contains(true);
		}

		platform.start();
		try {
			UUID batch = onlyBatch(dbPort);
			await(() -> "COMPLETED".equals(status(dbPort, batch)), Duration.ofMinutes(5), "batch completion");
			Map<String, Long> receipt = receipt(dbPort, batch);
			assertThat(receipt.get("submitted_count")).isEqualTo(ROWS);
			assertThat(receipt.get("accepted_count") + receipt.get("rejected_count")).isEqualTo(ROWS);
			assertThat(receipt.get("rejected_count")).isEqualTo(ROWS / 100);
			// every valid row new, none "unchanged": no row of the killed attempt
			// survived
			assertThat(receipt.get("new_count")).isEqualTo(ROWS - ROWS / 100);
			assertThat(receipt.get("attempts")).isEqualTo(2);
			assertThat(count(dbPort, "SELECT count(*) FROM ingest_record WHERE batch_id = '" + batch + "'"))
				.isEqualTo(ROWS - ROWS / 100);
			assertThat(count(dbPort, "SELECT count(*) FROM ingest_rejection WHERE batch_id = '" + batch + "'"))
				.isEqualTo(ROWS / 100);
			// no foreign keys on the bulk path: the intake itself must leave no orphan
			// and no subject twice
			assertThat(count(dbPort,
					"SELECT count(*) FROM ingest_record r WHERE NOT EXISTS "
							+ "(SELECT 1 FROM subject s WHERE s.id = r.subject_id) OR NOT EXISTS "
							+ "(SELECT 1 FROM ingest_batch b WHERE b.id = r.batch_id)"))
				.isZero();
			assertThat(count(dbPort, "SELECT count(*) FROM subject_key k WHERE NOT EXISTS "
					+ "(SELECT 1 FROM subject s WHERE s.id = k.subject_id)"))
				.isZero();
			assertThat(count(dbPort,
					"SELECT count(*) FROM (SELECT value FROM subject_key GROUP BY value HAVING count(*) > 1) twice"))
				.isZero();
			assertThat(count(dbPort, "SELECT count(*) FROM subject s WHERE NOT EXISTS "
					+ "(SELECT 1 FROM subject_key k WHERE k.subject_id = s.id)"))
				.isZero();
		}
		finally {
			platform.stop();
		}
	}

	private static String penalties() {
		List<Map<String, String>> rows = new ArrayList<>(ROWS);
		LocalDate decided = LocalDate.now().minusDays(2);
		for (int i = 0; i < ROWS; i++) {
			String body = "91440101MA" + String.format("%06d", i);
			String uscc = CheckCharacters.uscc(body);
			if (i % 100 == 99) {
				uscc = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
			}
			rows.add(aPenalty().against("广州崩溃测试第" + i + "有限公司", uscc)
				.document("穗市监罚〔2026〕" + (100000 + i) + "号")
				.decidedOn(decided)
				.row());
		}
		return Penalties.csv(rows);
	}

	private static UUID uploadAsync(int httpPort, Path csv) throws Exception {
		Multipart upload = Multipart.file("crash.csv", "text/csv", Files.readAllBytes(csv));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + httpPort
						+ "/api/ingest/providers/GZ-SCJGJ/categories/XZCF/files?async=true"))
				.header("X-API-Key", SECRET)
				.header("Content-Type", upload.contentType())
				.POST(upload.publisher())
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
		int at = response.body().indexOf("\"batchId\":\"") + 11;
		return UUID.fromString(response.body().substring(at, at + 36));
	}

	private static long progress(int dbPort, UUID batch) {
		return count(dbPort, "SELECT processed_count FROM ingest_batch WHERE id = '" + batch + "'");
	}

	private static String status(int dbPort, UUID batch) {
		try (Connection connection = connect(dbPort);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT status FROM ingest_batch WHERE id = '" + batch + "'")) {
			return rs.next() ? rs.getString(1) : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

	private static UUID onlyBatch(int dbPort) throws Exception {
		try (Connection connection = connect(dbPort);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("SELECT id FROM ingest_batch WHERE file_name = 'crash.csv'")) {
			assertThat(rs.next()).isTrue();
			UUID id = rs.getObject(1, UUID.class);
			assertThat(rs.next()).isFalse();
			return id;
		}
	}

	private static Map<String, Long> receipt(int dbPort, UUID batch) throws Exception {
		try (Connection connection = connect(dbPort);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						SELECT submitted_count, accepted_count, rejected_count, new_count, attempts
						FROM ingest_batch WHERE id = '%s'""".formatted(batch))) {
			assertThat(rs.next()).isTrue();
			return Map.of("submitted_count", rs.getLong(1), "accepted_count", rs.getLong(2), "rejected_count",
					rs.getLong(3), "new_count", rs.getLong(4), "attempts", rs.getLong(5));
		}
	}

	private static long count(int dbPort, String sql) {
		try (Connection connection = connect(dbPort);
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			return rs.next() ? rs.getLong(1) : 0;
		}
		catch (Exception ex) {
			return -1;
		}
	}

	private static Connection connect(int dbPort) throws Exception {
		return DriverManager.getConnection("jdbc:postgresql://localhost:" + dbPort + "/postgres", "postgres", "");
	}

	private static void await(BooleanSupplier condition, Duration timeout, String what) throws Exception {
		ChildPlatform.await(condition, timeout, what);
	}

}
