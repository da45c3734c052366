package io.gongxin.platform;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.support.ChildPlatform;
import io.gongxin.support.Penalties;
import io.gongxin.support.Multipart;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stopped under load (an operator's fast shutdown of the embedded server)
 * while the portal is searched and departments file penalties, synchronously and
 * asynchronously: callers get 503 problem documents with a stable code meanwhile, never a
 * 500; the platform starts its server again by itself; every batch ends as its caller was
 * told (accepted ones completed, none applied after a 503) and none stays unfinished.
 */
class DatabaseOutageIT {

	static final String SECRET = "gx_outagetest_" + "k".repeat(32);

	static final int ROWS_PER_BATCH = 10;

	static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	Path directory;

	record Answer(String kind, int status, String body, List<String> documents) {
	}

	@Test
	void callersAreToldToRetryWhileTheDatabaseIsAwayAndThePlatformRecoversByItself() throws Exception {
		// the keeper waits two checks: an outage of about ten seconds, longer than the
		// connection timeout, so callers do meet it
		ChildPlatform platform = new ChildPlatform(this.directory, "--gongxin.database.embedded.keeper-interval=PT5S");
		platform.start();
		ExecutorService load = Executors.newFixedThreadPool(3);
		try {
			platform.issueKey(SECRET, "PROVIDER", "GZ-SCJGJ");
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
			String base = "http://localhost:" + platform.httpPort();
			AtomicBoolean running = new AtomicBoolean(true);
			AtomicInteger sequence = new AtomicInteger();
			ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
			List<Future<?>> workers = new ArrayList<>();
			workers.add(load.submit(() -> loop(running, () -> {
				List<Map<String, String>> rows = penalties(sequence);
				HttpResponse<String> response = send(client, HttpRequest
					.newBuilder(URI.create(base + "/api/ingest/providers/GZ-SCJGJ/categories/XZCF/records"))
					.header("X-API-Key", SECRET)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(rows), StandardCharsets.UTF_8)));
				answers.add(new Answer("rows", response.statusCode(), response.body(), documents(rows)));
			})));
			workers.add(load.submit(() -> loop(running, () -> {
				List<Map<String, String>> rows = penalties(sequence);
				Multipart upload = Multipart.file("处罚.csv", "text/csv",
						Penalties.csv(rows).getBytes(StandardCharsets.UTF_8));
				HttpResponse<String> response = send(client, HttpRequest
					.newBuilder(URI.create(base + "/api/ingest/providers/GZ-SCJGJ/categories/XZCF/files?async=true"))
					.header("X-API-Key", SECRET)
					.header("Content-Type", upload.contentType())
					.POST(upload.publisher()));
				answers.add(new Answer("file", response.statusCode(), response.body(), documents(rows)));
			})));
			workers.add(load.submit(() -> loop(running, () -> {
				HttpResponse<String> response = send(client,
						HttpRequest
							.newBuilder(URI.create(
									base + "/api/public/search?q=" + URLEncoder.encode("广州", StandardCharsets.UTF_8)))
							.header("Accept", "application/json"));
				answers.add(new Answer("portal", response.statusCode(), response.body(), List.of()));
			})));

			Thread.sleep(4_000);
			platform.stopDatabase();
			ChildPlatform.await(() -> log(platform).contains("Embedded PostgreSQL started again"),
					Duration.ofMinutes(2), "the keeper's restart");
			Thread.sleep(4_000);
			running.set(false);
			for (Future<?> worker : workers) {
				worker.get();
			}

			List<Answer> all = new ArrayList<>(answers);
			List<Answer> refused = all.stream().filter(answer -> answer.status() == 503).toList();
			System.out.printf("database outage: %d answers, %d of them 503%n", all.size(), refused.size());
			assertThat(all).as(unexpectedErrors(platform))
				.noneMatch(answer -> answer.status() >= 500 && answer.status() != 503);
			assertThat(refused).as("callers met the outage").isNotEmpty();
			assertThat(refused).allSatisfy(
					answer -> assertThat(answer.body()).contains("\"code\":\"GX-SYS-002\"").contains("correlationId"));
			assertThat(all).allMatch(answer -> answer.status() < 400 || answer.status() == 503,
					"only successes and outage answers");

			// every batch ends; the accepted ones completed and whole, none applied after
			// a 503
			try {
				ChildPlatform.await(
						() -> platform
							.count("SELECT count(*) FROM ingest_batch WHERE status IN ('RECEIVED', 'PROCESSING')") == 0,
						Duration.ofMinutes(2), "every batch ended");
			}
			catch (AssertionError ex) {
				throw new AssertionError(ex.getMessage() + "\n" + unfinished(platform), ex);
			}
			assertThat(platform.count("SELECT count(*) FROM ingest_batch WHERE status = 'COMPLETED' "
					+ "AND accepted_count + rejected_count <> submitted_count"))
				.isZero();
			try (Connection connection = platform.connect()) {
				for (Answer answer : all) {
					if (answer.kind().equals("portal")) {
						continue;
					}
					long stored = stored(connection, answer.documents());
					if (answer.status() == 503) {
						assertThat(stored).as("a batch answered 503 was applied: " + answer.documents()).isZero();
					}
					else {
						assertThat(stored).as("an accepted batch was not applied whole: " + answer.body())
							.isEqualTo(ROWS_PER_BATCH);
					}
				}
			}
			assertThat(platform.count("SELECT count(*) FROM ingest_batch WHERE status = 'FAILED' "
					+ "AND coalesce(error_code, '') NOT IN ('GX-ING-014')"))
				.isZero();

			HttpResponse<String> after = send(client,
					HttpRequest.newBuilder(URI.create(base + "/api/public/search?q=%E5%B9%BF%E5%B7%9E")));
			assertThat(after.statusCode()).isEqualTo(200);
		}
		finally {
			load.shutdownNow();
			platform.kill();
		}
	}

	interface Call {

		void run() throws Exception;

	}

	private static Void loop(AtomicBoolean running, Call call) throws Exception {
		while (running.get()) {
			call.run();
			Thread.sleep(50);
		}
		return null;
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
		return client.send(request.timeout(Duration.ofSeconds(90)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static List<Map<String, String>> penalties(AtomicInteger sequence) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < ROWS_PER_BATCH; i++) {
			int n = sequence.incrementAndGet();
			rows.add(aPenalty()
				.against("广州停库测试第" + n + "有限公司", CheckCharacters.uscc("91440101MC" + String.format("%06d", n)))
				.document("穗市监罚〔2026〕停" + n + "号")
				.decidedOn(LocalDate.now().minusDays(3))
				.row());
		}
		return rows;
	}

	private static List<String> documents(List<Map<String, String>> rows) {
		return rows.stream().map(row -> row.get("CF_WSH")).toList();
	}

	private static long stored(Connection connection, List<String> documents) throws Exception {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT count(*) FROM ingest_record WHERE document_number = ANY (?)")) {
			statement.setArray(1, connection.createArrayOf("text", documents.toArray()));
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** The unfinished batches and what the log says of them, for the failure message. */
	private static String unfinished(ChildPlatform platform) throws Exception {
		StringBuilder found = new StringBuilder();
		List<String> lines = log(platform).lines().toList();
		try (Connection connection = platform.connect();
				PreparedStatement statement = connection.prepareStatement("""
						SELECT id, status, attempts, channel, submitted_at, error_code FROM ingest_batch
						WHERE status IN ('RECEIVED', 'PROCESSING') ORDER BY submitted_at""");
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				String id = rs.getString(1);
				found.append(String.format("%s %s attempts=%d %s %s %s%n", id, rs.getString(2), rs.getInt(3),
						rs.getString(4), rs.getString(5), rs.getString(6)));
				lines.stream()
					.filter(line -> line.contains(id))
					.forEach(line -> found.append("  ").append(line).append('\n'));
			}
		}
		return found.toString();
	}

	/** The log's account of each server error, for the failure message. */
	private static String unexpectedErrors(ChildPlatform platform) {
		StringBuilder found = new StringBuilder();
		List<String> lines = log(platform).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains("Unexpected error")) {
				lines.subList(i, Math.min(lines.size(), i + 40))
					.stream()
					.filter(line -> !line.startsWith("\tat ") || line.contains("io.gongxin"))
					.forEach(line -> found.append(line).append('\n'));
			}
		}
		return found.toString();
	}

	private static String log(ChildPlatform platform) {
		try {
			return Files.readString(platform.logFile());
		}
		catch (Exception ex) {
			return "";
		}
	}

}
