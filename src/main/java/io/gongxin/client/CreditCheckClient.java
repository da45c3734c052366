package io.gongxin.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls GongXin's 事前信用核查 API from a department's own system.
 *
 * <pre>
 * var client = new CreditCheckClient(URI.create("https://credit.example.gov.cn"), apiKey);
 * var answer = client.check("GOVERNMENT_PROCUREMENT", List.of(Subject.byUscc("91440101MA5CT7Q3XX")), "采购项目-118");
 * for (var measure : answer.subjects().get(0).sanctions()) { … measure.legalBasis() … }
 * client.feedback(answer.checkId(), List.of(new Feedback(0, "NB-01", true, "已拒绝其参加本次采购")));
 * </pre>
 *
 * A refused call throws {@link Problem} with the platform's stable code (GX-MEA-001 …).
 */
public final class CreditCheckClient {

	private final URI base;

	private final String apiKey;

	private final HttpClient http;

	private final JsonMapper json = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	public CreditCheckClient(URI base, String apiKey) {
		this.base = base;
		this.apiKey = apiKey;
		this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	}

	/**
	 * A subject named by exactly one of its USCC, its name (organisations) or a citizen
	 * id.
	 */
	public record Subject(String uscc, String name, String citizenId) {

		public static Subject byUscc(String uscc) {
			return new Subject(uscc, null, null);
		}

		public static Subject byName(String name) {
			return new Subject(null, name, null);
		}

		public static Subject byCitizenId(String citizenId) {
			return new Subject(null, null, citizenId);
		}

	}

	public record Grounds(String listName, String listedSubject, String authority, String basis, String enteredOn,
			String exitOn, String via) {
	}

	public record Measure(String code, String name, String kindName, String legalBasis, String action, boolean seeded,
			Grounds grounds) {
	}

	public record Candidate(String name, String code, String type) {
	}

	public record Result(int index, String match, String matchName, String subjectName, String subjectCode,
			List<Candidate> candidates, List<Measure> sanctions, List<Measure> incentives) {
	}

	public record Ticket(long checkId, String number, String due, int workingDays) {
	}

	public record Answer(long checkId, String checkedAt, String checkedAtText, String scenarioName,
			String departmentName, List<Result> subjects, int sanctions, int incentives, Ticket ticket) {
	}

	public record Feedback(int subjectIndex, String measureCode, boolean applied, String note) {
	}

	/** A refusal from the platform (RFC 9457 problem document). */
	public static final class Problem extends IOException {

		private final int status;

		private final String code;

		Problem(int status, String code, String detail) {
			super(status + " " + code + ": " + detail);
			this.status = status;
			this.code = code;
		}

		public int status() {
			return this.status;
		}

		public String code() {
			return this.code;
		}

	}

	/** One check: up to 1,000 subjects; the idempotency key may be {@code null}. */
	public Answer check(String scenario, List<Subject> subjects, String idempotencyKey)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = post("/api/checks",
				this.json.writeValueAsString(Map.of("scenario", scenario, "subjects", subjects)));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return this.json.readValue(send(request.build()), Answer.class);
	}

	/** Reports what was done with each measure a check named. */
	public void feedback(long checkId, List<Feedback> lines) throws IOException, InterruptedException {
		send(post("/api/checks/" + checkId + "/feedback", this.json.writeValueAsString(Map.of("lines", lines)))
			.build());
	}

	private HttpRequest.Builder post(String path, String body) {
		return HttpRequest.newBuilder(this.base.resolve(path))
			.timeout(Duration.ofSeconds(30))
			.header("X-API-Key", this.apiKey)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
	}

	private String send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() / 100 != 2) {
			JsonNode problem = this.json.readTree(response.body().isEmpty() ? "{}" : response.body());
			throw new Problem(response.statusCode(), problem.path("code").asString(""),
					problem.path("detail").asString(""));
		}
		return response.body();
	}

}
