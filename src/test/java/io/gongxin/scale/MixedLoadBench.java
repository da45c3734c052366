package io.gongxin.scale;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.measures.CheckBench;
import io.gongxin.platform.SystemActor;
import io.gongxin.portal.PortalLoadBench;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.OpenLoad;
import io.gongxin.support.Penalties;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Mixed, bounded loopback load (not a test; see docs/benchmarks.md): the portal, the
 * intake API, report issuing and the credit check at the same time, each at a fixed
 * arrival rate for a fixed time, against the platform with its demo data on a fresh
 * embedded PostgreSQL. Every request must be answered; afterwards every batch must have
 * completed and balanced.
 */
public final class MixedLoadBench {

	static final String PROVIDER = "GZ-LOAD";

	static final String AUTHORITY = CheckCharacters.uscc("11440100MB2L0AD1");

	static final String[] SCENARIOS = { "GOVERNMENT_PROCUREMENT", "BIDDING", "FISCAL_SUBSIDY", "HONORS",
			"ADMINISTRATIVE_APPROVAL" };

	private MixedLoadBench() {
	}

	public static void main(String[] args) throws Exception {
		// see CheckBench: without it the JDK HTTP client starts a thread for every answer
		// on a 2-core machine
		System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", "4");
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 60;
		int portalRate = (args.length > 1) ? Integer.parseInt(args[1]) : 200;
		int reportRate = (args.length > 2) ? Integer.parseInt(args[2]) : 10;
		int checkRate = (args.length > 3) ? Integer.parseInt(args[3]) : 20;
		// 0 leaves a stream out, to measure what one stream costs on its own
		int intakeRate = (args.length > 4) ? Integer.parseInt(args[4]) : 1;
		// seconds of everything at a quarter of the rates before the measurement: the JIT
		// compiler alone takes a core for the first half minute
		int warmUp = (args.length > 5) ? Integer.parseInt(args[5]) : 10;
		Path work = Files.createTempDirectory("gongxin-mixed");
		ConfigurableApplicationContext app = PortalLoadBench.startWithDemo(work);
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			PortalLoadBench.awaitDemo(jdbc);
			awaitFirstEvaluation(jdbc);
			SystemActor.runAs("bench", () -> app.getBean(Providers.class)
				.register(new Provider(PROVIDER, "广州市压测数据局", AUTHORITY, "440100", true, 0)));
			Accounts accounts = app.getBean(Accounts.class);
			String clerk = ApiKeys.issue(accounts, Role.PROVIDER, PROVIDER);
			String officer = ApiKeys.issue(accounts, Role.OFFICER, null);
			JsonMapper json = app.getBean(JsonMapper.class);

			List<Long> organisations = jdbc
				.sql("SELECT id FROM subject WHERE subject_type <> 'NATURAL_PERSON' ORDER BY id")
				.query(Long.class)
				.list();
			List<String> names = jdbc.sql("SELECT name FROM subject WHERE subject_type <> 'NATURAL_PERSON'")
				.query(String.class)
				.list();
			List<String> usccs = jdbc.sql("SELECT value FROM subject_key WHERE kind = 'USCC' AND current")
				.query(String.class)
				.list();
			Random random = new Random(20261203);
			String base = "http://127.0.0.1:" + port;

			List<HttpRequest> portal = PortalLoadBench
				.paths(organisations, names, portalRate * (seconds + warmUp), random)
				.stream()
				.map(path -> get(base + path))
				.toList();
			List<HttpRequest> batches = new ArrayList<>();
			for (int b = 0; b < seconds + warmUp; b++) {
				batches.add(post(base + "/api/ingest/providers/" + PROVIDER + "/categories/XZCF/records", clerk,
						json.writeValueAsString(batch(b, 1000))));
			}
			List<HttpRequest> reports = new ArrayList<>();
			for (int i = 0; i < reportRate * (seconds + warmUp); i++) {
				reports.add(post(base + "/api/reports", officer, "{\"type\":\"ORGANISATION\",\"subjectId\":"
						+ organisations.get(random.nextInt(organisations.size())) + "}"));
			}
			List<HttpRequest> checks = new ArrayList<>();
			for (int i = 0; i < checkRate * (seconds + warmUp); i++) {
				checks.add(post(base + "/api/checks", clerk,
						"{\"scenario\":\"" + SCENARIOS[random.nextInt(SCENARIOS.length)]
								+ "\",\"subjects\":[{\"uscc\":\"" + usccs.get(random.nextInt(usccs.size())) + "\"}]}"));
			}

			ExecutorService workers = Executors.newFixedThreadPool(24);
			HttpClient client = HttpClient.newBuilder().executor(workers).connectTimeout(Duration.ofSeconds(5)).build();
			// warm-up: everything at a quarter of the rates
			run(client, "warm-up", portal.subList(0, portalRate * warmUp), batches.subList(0, warmUp),
					reports.subList(0, reportRate * warmUp), checks.subList(0, checkRate * warmUp), warmUp,
					new int[] { quarter(portalRate), intakeRate, quarter(reportRate), quarter(checkRate) });
			Map<String, OpenLoad.Result> results = run(client, "measured",
					portal.subList(portalRate * warmUp, portal.size()), batches.subList(warmUp, batches.size()),
					reports.subList(reportRate * warmUp, reports.size()),
					checks.subList(checkRate * warmUp, checks.size()), seconds,
					new int[] { portalRate, intakeRate, reportRate, checkRate });
			workers.shutdownNow();
			System.out.println("| stream | requests | target rate | achieved | failed | p50 | p95 | p99 | max |");
			int[] rates = { portalRate, intakeRate, reportRate, checkRate };
			int i = 0;
			int failed = 0;
			for (Map.Entry<String, OpenLoad.Result> entry : results.entrySet()) {
				OpenLoad.Result r = entry.getValue();
				failed += r.failed() + (r.finished() ? 0 : 1);
				System.out.printf("| %s | %,d | %d/s | %.1f/s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n",
						entry.getKey(), r.latencies().size(), rates[i++], r.latencies().size() / r.seconds(),
						r.failed(), r.percentile(50), r.percentile(95), r.percentile(99), r.percentile(100));
			}
			awaitBatches(jdbc);
			var balance = jdbc.sql("""
					SELECT count(*) AS batches, count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
					  coalesce(sum(submitted_count), 0) AS submitted,
					  coalesce(sum(accepted_count + rejected_count), 0) AS settled
					FROM ingest_batch WHERE provider_code = ?
					""").param(PROVIDER).query().singleRow();
			System.out.printf("intake: %s batches, %s completed, %s rows submitted = %s accepted + rejected%n",
					balance.get("batches"), balance.get("completed"), balance.get("submitted"), balance.get("settled"));
			long stuck = jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
				.query(Long.class)
				.single();
			System.out.printf("event listeners not completed: %d%n", stuck);
			System.out.println((failed == 0) ? "errors: 0" : "errors: " + failed + " (goal: 0)");
		}
		finally {
			app.close();
			try (var paths = Files.walk(work)) {
				for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
		System.exit(0);
	}

	/** The four streams at once, each at its own rate. */
	private static Map<String, OpenLoad.Result> run(HttpClient client, String label, List<HttpRequest> portal,
			List<HttpRequest> batches, List<HttpRequest> reports, List<HttpRequest> checks, int seconds, int[] rates)
			throws Exception {
		ExecutorService streams = Executors.newFixedThreadPool(4);
		Map<String, Future<OpenLoad.Result>> futures = new LinkedHashMap<>();
		futures.put("portal pages and search", streams.submit(() -> OpenLoad.run(client, portal, rates[0], seconds)));
		futures.put("intake API, 1,000-row batches",
				streams.submit(() -> OpenLoad.run(client, batches, rates[1], seconds, status -> status == 201)));
		futures.put("credit reports (PDF)", streams.submit(() -> OpenLoad.run(client, reports, rates[2], seconds)));
		futures.put("credit checks", streams.submit(() -> OpenLoad.run(client, checks, rates[3], seconds)));
		Map<String, OpenLoad.Result> results = new LinkedHashMap<>();
		for (Map.Entry<String, Future<OpenLoad.Result>> entry : futures.entrySet()) {
			results.put(entry.getKey(), entry.getValue().get());
		}
		streams.shutdown();
		System.out.printf("%s done%n", label);
		return results;
	}

	private static int quarter(int rate) {
		return (rate == 0) ? 0 : Math.max(1, rate / 4);
	}

	/** 1,000 行政处罚 rows about enterprises of their own; every 100th with a broken code. */
	private static List<Map<String, String>> batch(int number, int rows) {
		List<Map<String, String>> batch = new ArrayList<>(rows);
		for (int i = 0; i < rows; i++) {
			long n = 60_000_000L + number * 10_000L + i;
			String uscc = CheckBench.uscc(n);
			if (i % 100 == 57) {
				uscc = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
			}
			batch.add(Penalties.aPenalty()
				.against("广州压测" + n + "贸易有限公司", uscc)
				.by("广州市压测数据局", AUTHORITY)
				.document("穗压罚〔2026〕" + n + "号")
				.row());
		}
		return batch;
	}

	/**
	 * Until the one-time evaluation of the demo's subjects is done: it runs once after
	 * the first start, and measured beside the load it would count a start-up job as
	 * load.
	 */
	private static void awaitFirstEvaluation(JdbcClient jdbc) throws InterruptedException {
		long start = System.nanoTime();
		for (int i = 0; i < 1200; i++) {
			if (jdbc.sql("SELECT done FROM evaluation_backfill WHERE id = 1").query(Boolean.class).single()) {
				System.out.printf("first evaluation of the demo's subjects done after %.1f s%n",
						(System.nanoTime() - start) / 1e9);
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the first evaluation did not finish in 10 minutes");
	}

	/** Until every batch has settled and every event listener has run. */
	private static void awaitBatches(JdbcClient jdbc) throws InterruptedException {
		for (int i = 0; i < 1200; i++) {
			long open = jdbc.sql("""
					SELECT (SELECT count(*) FROM ingest_batch WHERE provider_code = ?
					          AND status IN ('RECEIVED', 'PROCESSING'))
					     + (SELECT count(*) FROM event_publication WHERE completion_date IS NULL
					          AND coalesce(status, '') <> 'FAILED')
					""").param(PROVIDER).query(Long.class).single();
			if (open == 0) {
				return;
			}
			Thread.sleep(500);
		}
	}

	private static HttpRequest get(String uri) {
		return HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).build();
	}

	private static HttpRequest post(String uri, String key, String body) {
		return HttpRequest.newBuilder(URI.create(uri))
			.timeout(Duration.ofSeconds(30))
			.header("X-API-Key", key)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

}
