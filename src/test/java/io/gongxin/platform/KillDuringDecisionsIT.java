package io.gongxin.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.gongxin.support.ChildPlatform;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the platform and its database together (a power cut) while officers issue
 * credit reports and decide measure reviews, then a normal start: every report a caller
 * received is on record with one audit entry, no report is on record twice or without its
 * entry, every decided review is decided once with one entry, the reviews cut off can be
 * decided afterwards, and the audit chain verifies end to end.
 */
class KillDuringDecisionsIT {

	static final String PROPOSER = "gx_killpropose_" + "p".repeat(32);

	static final String REVIEWER = "gx_killreview0_" + "r".repeat(32);

	static final String ADMIN = "gx_killadmin00_" + "a".repeat(32);

	static final int MEASURES = 120;

	static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

	@TempDir
	Path directory;

	final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void nothingAnsweredIsLostAndNothingIsDoubledByAPowerCutDuringDecisions() throws Exception {
		ChildPlatform platform = new ChildPlatform(this.directory);
		platform.start();
		Set<String> delivered = ConcurrentHashMap.newKeySet();
		Set<Long> decided = ConcurrentHashMap.newKeySet();
		List<Long> proposed = new ArrayList<>();
		try {
			platform.issueKey(PROPOSER, "OFFICER", null);
			platform.issueKey(REVIEWER, "OFFICER", null);
			platform.issueKey(ADMIN, "ADMIN", null);
			for (int i = 0; i < MEASURES; i++) {
				HttpResponse<String> response = post(platform, "/api/measures", PROPOSER, """
						{"code":"KD-%03d","list":"SUPPLEMENTARY_SANCTION","kind":"MANAGEMENT","name":"断电测试措施%d",
						 "content":"测试","action":"测试","legalBasis":"《广东省社会信用条例》",
						 "trigger":"SEVERE_DISHONESTY","targets":["LEGAL_REPRESENTATIVE"],"scenarios":["HONORS"]}
						""".formatted(i, i));
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
				Matcher id = ID.matcher(response.body());
				assertThat(id.find()).isTrue();
				proposed.add(Long.parseLong(id.group(1)));
			}
			AtomicBoolean running = new AtomicBoolean(true);
			Thread reports = new Thread(() -> {
				while (running.get()) {
					try {
						HttpResponse<String> response = post(platform, "/api/reports", REVIEWER,
								"{\"type\":\"ORGANISATION\",\"subjectId\":1}");
						if (response.statusCode() == 200) {
							response.headers().firstValue("X-Report-Number").ifPresent(delivered::add);
						}
					}
					catch (Exception ex) {
						// the platform is gone: nothing was delivered
					}
				}
			});
			Thread reviews = new Thread(() -> {
				for (long id : proposed) {
					if (!running.get()) {
						return;
					}
					try {
						HttpResponse<String> response = post(platform, "/api/measures/" + id + "/review", REVIEWER,
								"{\"approve\":" + (id % 2 == 0) + ",\"note\":\"断电测试复核\"}");
						if (response.statusCode() == 200) {
							decided.add(id);
						}
						// an officer's pace, so the cut finds reviews still to do
						Thread.sleep(50);
					}
					catch (Exception ex) {
						return;
					}
				}
			});
			reports.start();
			reviews.start();
			ChildPlatform.await(() -> decided.size() >= 10 && delivered.size() >= 2, Duration.ofMinutes(2),
					"decisions under way");
			platform.kill();
			running.set(false);
			reports.join();
			reviews.join();
		}
		finally {
			platform.kill();
		}
		assertThat(decided).as("the cut came in the middle of the reviews").hasSizeLessThan(MEASURES);

		platform.start();
		try (Connection connection = platform.connect()) {
			Map<String, Long> reportEntries = counts(connection,
					"SELECT target_id, count(*) FROM audit_event WHERE action = 'report.issue' GROUP BY target_id");
			Map<String, Long> reportsOnRecord = counts(connection,
					"SELECT number, count(*) FROM report_issued GROUP BY number");
			assertThat(reportsOnRecord.keySet()).as("every report a caller received is on record")
				.containsAll(delivered);
			assertThat(reportEntries)
				.as("each report on record has exactly one audit entry, and no entry lacks its report")
				.isEqualTo(reportsOnRecord);
			assertThat(reportsOnRecord.values()).containsOnly(1L);

			Map<String, Long> states = counts(connection,
					"SELECT id || ':' || state, 1 FROM measure WHERE code LIKE 'KD-%'");
			Map<String, Long> decisions = counts(connection, "SELECT target_id, count(*) FROM audit_event "
					+ "WHERE action IN ('measures.approve', 'measures.reject') AND target_id LIKE 'KD-%' GROUP BY target_id");
			long decidedOnRecord = states.keySet().stream().filter(state -> !state.endsWith(":IN_REVIEW")).count();
			assertThat(decidedOnRecord).as("every review answered is decided").isGreaterThanOrEqualTo(decided.size());
			assertThat(decisions.values()).as("a review is decided once").containsOnly(1L);
			assertThat(decisions).as("each decided review has its one audit entry").hasSize((int) decidedOnRecord);
			for (long id : decided) {
				assertThat(states.keySet()).as("measure " + id).noneMatch(state -> state.equals(id + ":IN_REVIEW"));
			}
		}
		try {
			// the reviews the cut left undone can be decided now: nothing is stuck
			for (long id : proposed) {
				if (!decided.contains(id)) {
					HttpResponse<String> response = post(platform, "/api/measures/" + id + "/review", REVIEWER,
							"{\"approve\":false,\"note\":\"断电后复核\"}");
					assertThat(response.statusCode()).as(response.body()).isIn(200, 409);
				}
			}
			assertThat(platform.count("SELECT count(*) FROM measure WHERE code LIKE 'KD-%' AND state = 'IN_REVIEW'"))
				.isZero();
			HttpResponse<String> verification = this.client.send(HttpRequest
				.newBuilder(URI.create("http://localhost:" + platform.httpPort() + "/api/admin/audit/verification"))
				.header("X-API-Key", ADMIN)
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(verification.statusCode()).isEqualTo(200);
			assertThat(verification.body()).contains("\"intact\":true");
			System.out.printf("power cut during decisions: %d reports delivered, %d reviews answered before the cut%n",
					delivered.size(), decided.size());
		}
		finally {
			platform.stop();
		}
	}

	private HttpResponse<String> post(ChildPlatform platform, String path, String key, String json) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + platform.httpPort() + path))
			.header("X-API-Key", key)
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static Map<String, Long> counts(Connection connection, String sql) throws Exception {
		Map<String, Long> counts = new HashMap<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				counts.put(rs.getString(1), rs.getLong(2));
			}
		}
		return counts;
	}

}
