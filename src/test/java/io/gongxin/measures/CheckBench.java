package io.gongxin.measures;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.gongxin.GongxinApplication;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.portal.PortalSearchBench;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.CpuSplit;
import io.gongxin.support.OpenLoad;
import org.postgresql.PGConnection;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 事前信用核查 bench (not a test; see docs/benchmarks.md). Starts the platform on a fresh
 * embedded PostgreSQL, generates 1 M subjects with keys (80 % organisations with valid
 * USCCs, 20 % persons with valid citizen ids) and 50 k list entries, then measures over
 * loopback, with a department clerk's API key: the closed-loop throughput of single
 * checks against a minimal authenticated endpoint that returns a constant (same run, same
 * client, same concurrency); an open-loop run at 500 checks/s (latency percentiles); and
 * batches of 1,000 subjects.
 */
public final class CheckBench {

	static final String DEPARTMENT = "GZ-CZJ-BENCH";

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	/**
	 * The baseline: authenticated like the check, does nothing, returns a constant. Only
	 * the bench switches it on (test classes are on the integration tests' scan path
	 * too).
	 */
	@RestController
	@ConditionalOnProperty("gongxin.bench.constant-endpoint")
	public static class ConstantEndpoint {

		@PostMapping(path = "/api/bench/constant", produces = "application/json")
		@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'ADMIN')")
		public String constant() {
			return "{\"ok\":true}";
		}

	}

	private CheckBench() {
	}

	public static void main(String[] args) throws Exception {
		// on two cores the common pool has one thread, and the JDK HTTP client then hands
		// every answer to a new thread of its own: the load generator, not the platform,
		// would be measured
		System.setProperty("java.util.concurrent.ForkJoinPool.common.parallelism", "4");
		int subjects = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		int entries = (args.length > 1) ? Integer.parseInt(args[1]) : 50_000;
		Path data = Files.createTempDirectory("gongxin-check-bench");
		SpringApplication application = new SpringApplication(GongxinApplication.class);
		// shared buffers as a production server for a register of this size would have
		// them (as in IngestBench): PostgreSQL's default of 128 MB keeps little of a
		// million subjects' pages in its own cache
		List<String> settings = new ArrayList<>(
				List.of("--gongxin.database.embedded.data-directory=" + data.resolve("pg"), "--server.port=0",
						"--gongxin.demo.enabled=false", "--gongxin.keys.directory=" + data.resolve("keys"),
						"--gongxin.audit.witness-file=" + data.resolve("witness.log"),
						"--logging.file.name=" + data.resolve("bench.log"), "--gongxin.audit.sealing.enabled=false",
						"--gongxin.creditfile.schedule.enabled=false", "--logging.level.root=WARN",
						"--gongxin.bench.constant-endpoint=true", "--gongxin.database.embedded.settings.shared-buffers="
								+ System.getProperty("bench.shared-buffers", "1GB")));
		if (STATEMENTS) {
			settings.add("--gongxin.database.embedded.settings.shared-preload-libraries=pg_stat_statements");
		}
		ConfigurableApplicationContext context = application.run(settings.toArray(String[]::new));
		try {
			DataSource dataSource = context.getBean(DataSource.class);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			Random random = new Random(20261203);
			long t0 = System.nanoTime();
			PortalSearchBench.generate(dataSource, jdbc, subjects, random);
			Keys keys = keys(dataSource, jdbc);
			List<String> listed = lists(jdbc, entries, random);
			// the generated subjects bypass the intake, so the evaluation's one-time
			// backfill would otherwise evaluate a million of them beside the measured
			// checks; a bulk load's vacuum likewise belongs before the measurement
			jdbc.update("UPDATE evaluation_backfill SET done = TRUE WHERE id = 1");
			jdbc.execute("VACUUM ANALYZE");
			if (STATEMENTS) {
				jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
			}
			if (args.length > 2 && args[2].equals("diagnose-without-commit-flush")) {
				// diagnosis only: how much of a check's cost is waiting for its commit to
				// reach the disk (never a configuration to run the platform with). The
				// server is started with synchronous_commit on its command line, which
				// ALTER SYSTEM cannot override; a database setting can, for sessions
				// opened after it, so the pool's connections are replaced.
				jdbc.execute("ALTER DATABASE " + jdbc.queryForObject("SELECT current_database()", String.class)
						+ " SET synchronous_commit = off");
				((com.zaxxer.hikari.HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
				System.out.println("DIAGNOSIS RUN: synchronous_commit = "
						+ jdbc.queryForObject("SHOW synchronous_commit", String.class));
			}
			String databaseCpus = System.getProperty("bench.database-cpus", "");
			if (!databaseCpus.isBlank()) {
				pinDatabase(data.resolve("pg"), databaseCpus);
			}
			System.out.printf("generated %,d subjects with keys and %,d list entries in %.1f s%n", subjects, entries,
					(System.nanoTime() - t0) / 1e9);
			String key = SystemActor.callAs("bench", () -> {
				context.getBean(Providers.class)
					.register(new Provider(DEPARTMENT, "广州市财政局", CheckCharacters.uscc("11440100MB2D5521"), "440100",
							true, 0));
				return context.getBean(Accounts.class).issueApiKey("bench-clerk", Role.PROVIDER, DEPARTMENT).secret();
			});
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			Load load = new Load(port, key, keys, listed, random, jdbc,
					context.getBean(io.micrometer.core.instrument.MeterRegistry.class),
					new CpuSplit(CheckBench::groupOf, databaseCpus));
			// warm-up (JIT) of both paths
			int callers = Integer.getInteger("bench.callers", 16);
			// with 30 s the checks were still getting faster through the second round
			// (the compiler was still busy with their code), while the constant was not
			long warmUp = Long.getLong("bench.warm-up-seconds", 60) * 1000;
			for (int pass = 0; pass < 2; pass++) {
				load.closedLoop("/api/checks", warmUp / 2, callers, () -> load.single());
				load.closedLoop("/api/bench/constant", warmUp / 2, callers, () -> "{}");
			}
			for (int round = 1; round <= 3; round++) {
				double constant = load.closedLoop("/api/bench/constant", 15_000, callers, () -> "{}");
				if (STATEMENTS && round == 3) {
					jdbc.queryForList("SELECT pg_stat_statements_reset()");
				}
				double checks = load.closedLoop("/api/checks", 15_000, callers, () -> load.single());
				if (STATEMENTS && round == 3) {
					printStatements(jdbc, load.lastRequests);
				}
				System.out.printf("round %d: check throughput / constant endpoint = %.2f (goal >= 0.5)%n", round,
						checks / constant);
			}
			load.openLoop(500, 30);
			load.batches(20);
			capacity(load, System.getProperty("bench.capacity-callers", "16,32,64,128"));
		}
		finally {
			context.close();
			try (var paths = Files.walk(data)) {
				for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
		// the load generator's and receiver's pools would keep an idle JVM (and its CPU
		// use) alive after the bench
		System.exit(0);
	}

	/**
	 * {@code -Dbench.database-cpus=1}: PostgreSQL on cores of its own, as a database
	 * server beside the platform's would be. The bench itself is started on the other
	 * cores ({@code taskset -c 0 java ...}); here the server's processes are moved to the
	 * cores given, the postmaster first, so that the connections it starts later stay
	 * there too (Linux, {@code taskset}).
	 */
	static void pinDatabase(Path dataDirectory, String cpus) throws Exception {
		long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
		List<ProcessHandle> processes = new ArrayList<>();
		processes.add(ProcessHandle.of(postmaster).orElseThrow());
		processes.addAll(processes.get(0).descendants().toList());
		for (ProcessHandle process : processes) {
			String output = taskset("-a", "-p", "-c", cpus, Long.toString(process.pid()));
			// a worker that ended meanwhile has nothing left to move
			if (output == null && process.isAlive()) {
				throw new IllegalStateException("taskset could not move PostgreSQL process " + process.pid());
			}
		}
		String own = taskset("-c", "-p", Long.toString(ProcessHandle.current().pid()));
		System.out.printf("PostgreSQL (%d processes) moved to cores %s; the bench runs on cores %s%n", processes.size(),
				cpus, (own == null) ? "?" : own.replaceAll(".*: ", ""));
	}

	/** What {@code taskset} printed, or null when it failed. */
	private static String taskset(String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of("taskset"));
		command.addAll(List.of(arguments));
		Process taskset = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(taskset.getInputStream().readAllBytes()).strip();
		return (taskset.waitFor() == 0) ? output : null;
	}

	/**
	 * Each endpoint's throughput at its own best number of callers. At one fixed number
	 * the two are not equally loaded: the constant endpoint needs few callers to keep the
	 * machine busy, while checks answered in shared rounds need enough of them waiting to
	 * fill a round. Both are measured at every number, in turn, twice over, and the best
	 * rate of each is compared ({@code -Dbench.capacity-callers=16,32,64,128}; empty to
	 * skip).
	 */
	static void capacity(Load load, String levels) throws InterruptedException {
		if (levels.isBlank()) {
			return;
		}
		List<Integer> callers = java.util.Arrays.stream(levels.split(","))
			.map(String::strip)
			.map(Integer::valueOf)
			.toList();
		double[] bestConstant = new double[callers.size()];
		double[] bestChecks = new double[callers.size()];
		for (int pass = 0; pass < 2; pass++) {
			for (int i = 0; i < callers.size(); i++) {
				bestConstant[i] = Math.max(bestConstant[i],
						load.closedLoop("/api/bench/constant", 15_000, callers.get(i), () -> "{}"));
				bestChecks[i] = Math.max(bestChecks[i],
						load.closedLoop("/api/checks", 15_000, callers.get(i), () -> load.single()));
			}
		}
		double constant = 0;
		double checks = 0;
		for (int i = 0; i < callers.size(); i++) {
			System.out.printf("capacity, %d callers: constant %.0f req/s, checks %.0f req/s, ratio %.2f%n",
					callers.get(i), bestConstant[i], bestChecks[i], bestChecks[i] / bestConstant[i]);
			constant = Math.max(constant, bestConstant[i]);
			checks = Math.max(checks, bestChecks[i]);
		}
		System.out.printf(
				"capacity: check throughput / constant endpoint, each at its best number of callers = %.0f / %.0f = %.2f (goal >= 0.5)%n",
				checks, constant, checks / constant);
	}

	/**
	 * {@code -Dbench.statements=true}: load pg_stat_statements and print, per check, the
	 * server's executor time and calls of every statement during the last closed loop of
	 * checks (the platform's background work included), to see where PostgreSQL spends
	 * it.
	 */
	private static final boolean STATEMENTS = Boolean.getBoolean("bench.statements");

	private static void printStatements(JdbcTemplate jdbc, double checks) {
		System.out.printf("statements during the last closed loop of checks, per check (%,.0f checks):%n", checks);
		jdbc.query("""
				SELECT total_exec_time, calls, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 120) AS query
				FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 25
				""", (java.sql.ResultSet rs) -> {
			System.out.printf("%8.1f µs %6.3f calls %7.2f rows  %s%n", rs.getDouble(1) * 1000 / checks,
					rs.getLong(2) / checks, rs.getLong(3) / checks, rs.getString(4));
		});
		// what a stored check weighs: a row over about 2 kB is compressed on its way in
		jdbc.query("""
				SELECT count(*), avg(octet_length(request::text)), avg(octet_length(answer::text)),
				       avg(pg_column_size(answer)), count(pg_column_compression(answer)),
				       max(octet_length(answer::text))
				FROM credit_check
				""", (java.sql.ResultSet rs) -> {
			System.out.printf(
					"stored checks: %,d; request %.0f bytes, answer %.0f bytes (%.0f stored), %,d answers compressed, largest %,d bytes%n",
					rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getLong(5), rs.getLong(6));
		});
	}

	static final String LOAD_GENERATOR = "load generator";

	/**
	 * A thread's part in a check or a constant answer: the web threads, the round that
	 * answers checks together, the load generator (its callers, the HTTP client's pool
	 * and selector, and the common pool the client completes its answers on), or the
	 * platform's other threads (schedules, the events' pool, the outbox).
	 */
	static String groupOf(String thread) {
		if (thread.startsWith("http-nio")) {
			return "web threads";
		}
		if (thread.equals("credit-check-rounds")) {
			return "round thread";
		}
		if (thread.startsWith("bench-") || thread.startsWith("HttpClient-")
				|| thread.startsWith("ForkJoinPool.commonPool")) {
			return LOAD_GENERATOR;
		}
		return "other platform threads";
	}

	record Keys(List<String> usccs, List<String> citizenIds) {
	}

	/**
	 * A valid USCC (organisations) or citizen id (persons) for every generated subject.
	 */
	static Keys keys(DataSource dataSource, JdbcTemplate jdbc) throws Exception {
		List<long[]> rows = jdbc.query("SELECT id, subject_type = 'NATURAL_PERSON' FROM subject ORDER BY id",
				(rs, n) -> new long[] { rs.getLong(1), rs.getBoolean(2) ? 1 : 0 });
		List<String> usccs = new ArrayList<>();
		List<String> citizenIds = new ArrayList<>();
		StringBuilder copy = new StringBuilder(rows.size() * 50);
		for (long[] row : rows) {
			String value = (row[1] == 1) ? citizenId(row[0]) : uscc(row[0]);
			(row[1] == 1 ? citizenIds : usccs).add(value);
			copy.append(row[0])
				.append('\t')
				.append((row[1] == 1) ? "CITIZEN_ID" : "USCC")
				.append('\t')
				.append(value)
				.append("\tt\t2026-01-01T00:00:00Z\n");
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY subject_key (subject_id, kind, value, current, since) FROM STDIN",
						new StringReader(copy.toString()));
		}
		return new Keys(usccs, citizenIds);
	}

	public static String uscc(long id) {
		StringBuilder body = new StringBuilder();
		long n = id;
		for (int i = 0; i < 8; i++) {
			body.append(ALPHABET.charAt((int) (n % ALPHABET.length())));
			n /= ALPHABET.length();
		}
		return CheckCharacters.uscc("91440101" + body.reverse());
	}

	public static String citizenId(long id) {
		java.time.LocalDate birth = java.time.LocalDate.of(1950, 1, 1).plusDays(id / 1000);
		return CheckCharacters
			.citizenId("440106" + birth.toString().replace("-", "") + String.format("%03d", id % 1000));
	}

	/**
	 * 50 k entries on organisations: 60 % 严重失信, 25 % 经营异常, 10 % 失信被执行人, 5 % 红名单; returns
	 * the USCCs of the listed.
	 */
	static List<String> lists(JdbcTemplate jdbc, int entries, Random random) {
		jdbc.update(
				"""
						INSERT INTO list_entry (record_id, kind, list_name, subject_id, subject_type, subject_name, subject_code,
						    category_code, provider_code, authority, basis, reason, entered_on, recorded_at)
						SELECT -row_number() OVER (), k.kind, k.list_name, s.id, s.subject_type, s.name, key.value, k.category,
						       'GZ-SCJG', '广州市市场监督管理局', '《市场监督管理严重违法失信名单管理办法》', '压测数据',
						       DATE '2026-01-01' - (s.id % 300)::int, TIMESTAMPTZ '2026-01-01 00:00+08'
						FROM (SELECT id, subject_type, name FROM subject WHERE subject_type <> 'NATURAL_PERSON'
						      ORDER BY md5(id::text) LIMIT ?) s
						JOIN subject_key key ON key.subject_id = s.id
						CROSS JOIN LATERAL (SELECT CASE WHEN s.id % 20 < 12 THEN 'SEVERE_DISHONESTY'
						                                WHEN s.id % 20 < 17 THEN 'ABNORMAL_OPERATION'
						                                WHEN s.id % 20 < 19 THEN 'DISHONEST_JUDGMENT_DEBTOR' ELSE 'HONOR' END AS kind,
						                           CASE WHEN s.id % 20 < 12 THEN '市场监督管理严重违法失信名单'
						                                WHEN s.id % 20 < 17 THEN '经营异常名录'
						                                WHEN s.id % 20 < 19 THEN '失信被执行人名单' ELSE 'A级纳税人' END AS list_name,
						                           CASE WHEN s.id % 20 < 12 THEN 'YZSX' WHEN s.id % 20 < 17 THEN 'JYYC'
						                                WHEN s.id % 20 < 19 THEN 'SFZX' ELSE 'CXRY' END AS category) k
						""",
				entries);
		return jdbc.queryForList("SELECT subject_code FROM list_entry", String.class);
	}

	/** The load generator: the JDK client over loopback, with the clerk's API key. */
	static final class Load {

		static final String[] SCENARIOS = { "GOVERNMENT_PROCUREMENT", "BIDDING", "FISCAL_SUBSIDY", "HONORS",
				"ADMINISTRATIVE_APPROVAL" };

		final int port;

		final String key;

		final Keys keys;

		final List<String> listed;

		final Random random;

		final ExecutorService workers = Executors.newFixedThreadPool(16, work -> new Thread(work, "bench-client"));

		final CpuSplit cpu;

		/** How many requests the last closed loop had answered. */
		volatile long lastRequests;

		final HttpClient client;

		final JdbcTemplate jdbc;

		final io.micrometer.core.instrument.MeterRegistry meters;

		Load(int port, String key, Keys keys, List<String> listed, Random random, JdbcTemplate jdbc,
				io.micrometer.core.instrument.MeterRegistry meters, CpuSplit cpu) {
			this.meters = meters;
			this.cpu = cpu;
			this.jdbc = jdbc;
			this.port = port;
			this.key = key;
			this.keys = keys;
			this.listed = listed;
			this.random = random;
			this.client = HttpClient.newBuilder().executor(this.workers).connectTimeout(Duration.ofSeconds(5)).build();
		}

		/**
		 * One subject: 10 % listed organisations, 80 % others, 10 % persons by citizen
		 * id.
		 */
		synchronized String single() {
			int pick = this.random.nextInt(10);
			String subject = (pick == 0)
					? "{\"uscc\":\"" + this.listed.get(this.random.nextInt(this.listed.size())) + "\"}"
					: (pick == 9) ? "{\"citizenId\":\""
							+ this.keys.citizenIds().get(this.random.nextInt(this.keys.citizenIds().size())) + "\"}"
							: "{\"uscc\":\"" + this.keys.usccs().get(this.random.nextInt(this.keys.usccs().size()))
									+ "\"}";
			return "{\"scenario\":\"" + SCENARIOS[this.random.nextInt(SCENARIOS.length)] + "\",\"subjects\":[" + subject
					+ "]}";
		}

		synchronized String batch(int size) {
			StringBuilder body = new StringBuilder("{\"scenario\":\"GOVERNMENT_PROCUREMENT\",\"subjects\":[");
			for (int i = 0; i < size; i++) {
				String uscc = (i % 10 == 0) ? this.listed.get(this.random.nextInt(this.listed.size()))
						: this.keys.usccs().get(this.random.nextInt(this.keys.usccs().size()));
				body.append((i > 0) ? "," : "").append("{\"uscc\":\"").append(uscc).append("\"}");
			}
			return body.append("]}").toString();
		}

		HttpRequest request(String path, String body) {
			return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.timeout(Duration.ofSeconds(30))
				.header("X-API-Key", this.key)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
		}

		/**
		 * Requests per second with {@code concurrency} callers each waiting for its
		 * answer.
		 */
		double closedLoop(String path, long millis, int concurrency, java.util.function.Supplier<String> bodies)
				throws InterruptedException {
			AtomicLong done = new AtomicLong();
			AtomicInteger failed = new AtomicInteger();
			long[] before = databaseWork();
			double[] roundsBefore = rounds();
			var cpuBefore = this.cpu.sample();
			long end = System.nanoTime() + millis * 1_000_000;
			List<Thread> callers = new ArrayList<>();
			long start = System.nanoTime();
			for (int i = 0; i < concurrency; i++) {
				Thread caller = new Thread(() -> {
					try {
						call(path, bodies, end, done, failed);
					}
					finally {
						this.cpu.addEnded(LOAD_GENERATOR,
								java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
					}
				}, "bench-caller");
				callers.add(caller);
				caller.start();
			}
			for (Thread caller : callers) {
				caller.join();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			var cpuAfter = this.cpu.sample();
			double rate = done.get() / seconds;
			this.lastRequests = done.get();
			long[] after = databaseWork();
			System.out.printf(
					"closed loop %s, %d callers: %,d requests, %.0f req/s, %d failed; per request %.2f commits, %.1f rows read, %.2f rows written%n",
					path, concurrency, done.get(), rate, failed.get(), (after[0] - before[0]) / (double) done.get(),
					(after[1] - before[1]) / (double) done.get(), (after[2] - before[2]) / (double) done.get());
			System.out.println("  CPU per request: " + this.cpu.perRequest(cpuBefore, cpuAfter, done.get(), seconds));
			printRounds(roundsBefore);
			return rate;
		}

		private void call(String path, java.util.function.Supplier<String> bodies, long end, AtomicLong done,
				AtomicInteger failed) {
			while (System.nanoTime() < end) {
				try {
					HttpResponse<String> response = this.client.send(request(path, bodies.get()),
							HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() != 200) {
						failed.incrementAndGet();
					}
					done.incrementAndGet();
				}
				catch (IOException ex) {
					failed.incrementAndGet();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					failed.incrementAndGet();
					return;
				}
			}
		}

		private void printRounds(double[] roundsBefore) {
			double[] roundsAfter = rounds();
			double rounds = roundsAfter[0] - roundsBefore[0];
			if (rounds > 0) {
				// the platform's own meters of its shared rounds (RoundMeters), in µs a
				// round
				double[] per = new double[roundsAfter.length];
				for (int i = 1; i < per.length; i++) {
					per[i] = (roundsAfter[i] - roundsBefore[i]) / rounds;
				}
				System.out.printf(
						"  rounds: %,.0f, %.1f checks a round; a round %.0f µs (reads %.0f, compose %.0f, store %.0f, commit with the audit append %.0f); a check waited %.0f µs for its round%n",
						rounds, per[1], per[2], per[3], per[4], per[5], per[6],
						(roundsAfter[7] - roundsBefore[7]) / (roundsAfter[1] - roundsBefore[1]));
			}
		}

		/**
		 * The rounds' meters so far: rounds committed, checks in rounds, then total µs of
		 * the round, its four steps and the checks' waits.
		 */
		double[] rounds() {
			var round = this.meters.get("gongxin.checks.round").timer();
			java.util.function.Function<String, Double> step = name -> this.meters.get("gongxin.checks.round.step")
				.tag("step", name)
				.timer()
				.totalTime(java.util.concurrent.TimeUnit.MICROSECONDS);
			return new double[] { round.count(), this.meters.get("gongxin.checks.round.size").summary().totalAmount(),
					round.totalTime(java.util.concurrent.TimeUnit.MICROSECONDS), step.apply("reads"),
					step.apply("compose"), step.apply("store"), step.apply("commit"),
					this.meters.get("gongxin.checks.round.queued")
						.timer()
						.totalTime(java.util.concurrent.TimeUnit.MICROSECONDS) };
		}

		/**
		 * The database's own counters: commits, rows read, rows written (all callers).
		 */
		long[] databaseWork() {
			return this.jdbc.queryForObject("""
					SELECT xact_commit, tup_returned + tup_fetched, tup_inserted + tup_updated + tup_deleted
					FROM pg_stat_database WHERE datname = current_database()""",
					(rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) });
		}

		void openLoop(int rate, int seconds) throws InterruptedException {
			List<HttpRequest> requests = new ArrayList<>(rate * seconds);
			for (int i = 0; i < rate * seconds; i++) {
				requests.add(request("/api/checks", single()));
			}
			OpenLoad.Result result = OpenLoad.run(this.client, requests, rate, seconds);
			System.out.println(result.describe("open loop, checks", rate) + " (goal p99 < 20 ms)");
		}

		void batches(int runs) throws IOException, InterruptedException {
			List<Long> times = new ArrayList<>();
			for (int i = 0; i < runs + 2; i++) {
				String body = batch(1000);
				long t = System.nanoTime();
				HttpResponse<String> response = this.client.send(request("/api/checks", body),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200) {
					throw new IllegalStateException("batch failed: " + response.body());
				}
				if (i >= 2) {
					times.add(System.nanoTime() - t);
				}
			}
			Collections.sort(times);
			System.out.printf(
					"batches of 1,000 subjects: %d runs, p50 %.1f ms, p95 %.1f ms, max %.1f ms (goal < 500 ms)%n",
					times.size(), OpenLoad.percentile(times, 50), OpenLoad.percentile(times, 95),
					OpenLoad.percentile(times, 100));
		}

	}

}
