package io.gongxin.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.Multipart;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile-input suite: over real HTTP, every endpoint with hostile path variables,
 * parameters, bodies and form fields as each kind of caller, and the intake with mutated
 * CSV files, workbooks and row lists. No answer may be a server error; every API error is
 * a problem document with a stable code, no internals and no echo of a large input; and
 * every batch the intake took ends settled, its rows counted and nothing stored for a
 * batch that failed.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

	static final String PROVIDER = "GZ-HOSTILE";

	static final String AUTHORITY = CheckCharacters.uscc("11440100MB2H0571");

	/**
	 * Departments of their own, so that the intake's per-department order does not queue
	 * the mutated batches behind each other.
	 */
	static final int DEPARTMENTS = 4;

	static final long SEED = 20261204L;

	private static final List<String> INTERNALS = List.of("java.", "Exception", "org.springframework", "tools.jackson",
			"org.postgresql", "SQLState", "io.gongxin.");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final List<String> callers = new ArrayList<>();

	final List<String> clerks = new ArrayList<>();

	HttpClient client;

	@BeforeAll
	void callersOfEveryKind() {
		for (int d = 0; d < DEPARTMENTS; d++) {
			String code = PROVIDER + d;
			String authority = (d == 0) ? AUTHORITY : CheckCharacters.uscc("11440100MB2H057" + (d + 1));
			SystemActor.runAs("test", () -> this.providers.register(new Provider(code,
					"广州市变异测试" + code.charAt(code.length() - 1) + "局", authority, "440100", true, 0)));
			this.clerks.add(ApiKeys.issue(this.accounts, Role.PROVIDER, code));
		}
		this.callers.addAll(Arrays.asList(ApiKeys.issue(this.accounts, Role.ADMIN, null),
				ApiKeys.issue(this.accounts, Role.OFFICER, null), ApiKeys.issue(this.accounts, Role.REVIEWER, null),
				this.clerks.get(0), null));
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	@Test
	void noHostileInputEndsInAServerErrorALeakOrAHalfStoredBatch() throws Exception {
		List<HostileCase> cases = new ArrayList<>(
				new EndpointCases(this.callers, SEED).of(this.mappings.getHandlerMethods()));
		IntakeMutations mutations = new IntakeMutations(SEED, AUTHORITY);
		for (int i = 0; i < 120; i++) {
			cases.add(file(i % DEPARTMENTS, "csv", "处罚" + i + ".csv", mutations.csv()));
		}
		for (int i = 0; i < 60; i++) {
			cases.add(file(i % DEPARTMENTS, "xlsx", "处罚" + i + ".xlsx", mutations.xlsx()));
		}
		for (int i = 0; i < 120; i++) {
			String records = intake(i % DEPARTMENTS) + "/records";
			cases.add(new HostileCase("rows", "POST", records, records, "application/json",
					mutations.json().getBytes(StandardCharsets.UTF_8), this.clerks.get(i % DEPARTMENTS)));
		}
		// the intake's cases wait on their department's turn: spread among the others
		// they
		// overlap with them instead of queueing at the end
		java.util.Collections.shuffle(cases, new java.util.Random(SEED));
		Map<String, String> failures = new ConcurrentHashMap<>();
		Map<String, Long> slowest = new ConcurrentHashMap<>();
		AtomicInteger serverErrors = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<?>> sent = new ArrayList<>();
		for (HostileCase hostile : cases) {
			sent.add(pool.submit(() -> {
				long started = System.nanoTime();
				String failure;
				try {
					failure = judge(hostile, send(hostile));
				}
				catch (java.io.IOException ex) {
					failure = "5xx-like: the connection broke (" + ex.getMessage() + ") on " + hostile.uri();
				}
				slowest.merge(hostile.describe(), (System.nanoTime() - started) / 1_000_000, Long::sum);
				if (failure != null) {
					if (failure.startsWith("5")) {
						// a server error, or a connection the server broke off
						serverErrors.incrementAndGet();
					}
					failures.putIfAbsent(hostile.describe(), failure);
				}
				return null;
			}));
		}
		for (Future<?> each : sent) {
			each.get();
		}
		pool.shutdown();
		System.out.printf("Hostile input: %,d cases, %d server errors, %d endpoints/kinds failing%n", cases.size(),
				serverErrors.get(), failures.size());
		failures.forEach((where, what) -> System.out.println("  " + where + " -> " + what));
		slowest.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(12)
			.forEach(entry -> System.out.printf("  slowest: %s %,d ms in all%n", entry.getKey(), entry.getValue()));

		assertThat(cases).hasSizeGreaterThanOrEqualTo(10_000);
		assertThat(failures).as("hostile input answered badly").isEmpty();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM ingest_batch
				WHERE provider_code LIKE ? AND (status IN ('RECEIVED', 'PROCESSING')
				   OR (status = 'COMPLETED' AND submitted_count <> accepted_count + rejected_count))
				""").param(PROVIDER + "%").query(Long.class).single()).as("batches left unsettled or unbalanced")
			.isZero();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM ingest_record r JOIN ingest_batch b ON b.id = r.batch_id
				WHERE b.provider_code LIKE ? AND b.status = 'FAILED'
				""").param(PROVIDER + "%").query(Long.class).single()).as("records stored for failed batches").isZero();
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM ingest_batch WHERE provider_code LIKE ? AND status = 'COMPLETED'")
					.param(PROVIDER + "%")
					.query(Long.class)
					.single())
			.as("the mutations also produced files the intake could take")
			.isPositive();
	}

	static String intake(int department) {
		return "/api/ingest/providers/" + PROVIDER + department + "/categories/XZCF";
	}

	private HostileCase file(int department, String kind, String name, byte[] content) {
		Multipart upload = Multipart.file("gongxin" + Long.toHexString(content.length * 31L + name.hashCode()), name,
				"application/octet-stream", content);
		String files = intake(department) + "/files";
		return new HostileCase(kind, "POST", files, files, upload.contentType(), upload.body(),
				this.clerks.get(department));
	}

	private HttpResponse<byte[]> send(HostileCase hostile) throws java.io.IOException {
		try {
			HttpRequest.Builder request = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + hostile.uri()))
				.timeout(Duration.ofSeconds(60))
				.header("Accept", hostile.uri().startsWith("/api/") ? "application/json" : "text/html");
			if (hostile.key() != null) {
				request.header("X-API-Key", hostile.key());
			}
			if (hostile.contentType() != null) {
				request.header("Content-Type", hostile.contentType());
			}
			request.method(hostile.method(), (hostile.body() == null) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(hostile.body()));
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Null when the answer is acceptable, else what is wrong with it. */
	static String judge(HostileCase hostile, HttpResponse<byte[]> response) {
		int status = response.statusCode();
		String body = new String(response.body(), StandardCharsets.UTF_8);
		String sample = hostile.uri().substring(0, Math.min(160, hostile.uri().length()));
		if (status >= 500) {
			return status + " on " + sample + " " + body.substring(0, Math.min(200, body.length()));
		}
		if (status < 400) {
			return null;
		}
		for (String internal : INTERNALS) {
			if (body.contains(internal)) {
				return "internals (" + internal + ") in " + status + " on " + sample;
			}
		}
		if (response.body().length > 64 * 1024) {
			return "an error of " + response.body().length + " bytes on " + sample;
		}
		if (hostile.uri().startsWith("/api/")) {
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("application/problem+json") || !body.contains("\"code\":\"GX-")) {
				return "no problem document (" + type + ") for " + status + " on " + sample;
			}
		}
		return null;
	}

}
