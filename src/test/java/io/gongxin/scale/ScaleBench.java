package io.gongxin.scale;

import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import io.gongxin.GongxinApplication;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.IngestBench;
import io.gongxin.ingest.Ingestion;
import io.gongxin.measures.CheckBench;
import io.gongxin.platform.SystemActor;
import io.gongxin.portal.PortalSearchBench;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.subject.Subjects;
import io.gongxin.support.Penalties;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 10 M measurement of docs/scale.md (not a test). Fills a durable platform database
 * with generated subjects and credit records in steps that each commit with their mark,
 * so a run that is stopped resumes where it stopped; then measures, on that database,
 * storage per table and index, name search, the public credit file and the intake rate.
 *
 * <p>
 * Subjects are generated like the name search bench (Chinese enterprise, shop and person
 * names with the platform's own derived search columns) and get a valid USCC or citizen
 * id. Records are copies of 20,000 行政处罚 records stored by the real intake (the seed),
 * each with its own document number, hash, subject and decision date between 2019 and
 * today, together with their credit-file items; one batch per step.
 */
public final class ScaleBench {

	private static final int SUBJECT_STEP = 1_000_000;

	private static final int RECORD_STEP = 500_000;

	private static final int SEED_ROWS = 20_000;

	private static final int INTAKE_ROWS = 100_000;

	private static final String[] NAME_INDEXES = { "subject_name_exact_prefix", "subject_name_bigrams",
			"subject_name_trigrams", "subject_name_pinyin", "subject_name_initials" };

	private ScaleBench() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of((args.length > 0) ? args[0] : "target/scale-bench").toAbsolutePath();
		int subjects = (args.length > 1) ? Integer.parseInt(args[1]) : 10_000_000;
		int records = (args.length > 2) ? Integer.parseInt(args[2]) : 10_000_000;
		Files.createDirectories(dir);
		long runStart = System.nanoTime();
		ConfigurableApplicationContext context = SpringApplication.run(GongxinApplication.class,
				"--gongxin.database.embedded.data-directory=" + dir.resolve("pg"), "--server.port=0",
				"--gongxin.demo.enabled=false", "--gongxin.keys.directory=" + dir.resolve("keys"),
				"--gongxin.audit.witness-file=" + dir.resolve("witness.log"),
				"--gongxin.ingest.spool-directory=" + dir.resolve("spool"),
				"--logging.file.name=" + dir.resolve("bench.log"), "--gongxin.audit.sealing.enabled=false",
				"--gongxin.security.admin.password=bench-admin-password", "--gongxin.portal.search.burst=1000000",
				"--gongxin.portal.search.per-second=1000000", "--gongxin.creditfile.schedule.enabled=false",
				"--logging.level.root=WARN");
		try {
			DataSource dataSource = context.getBean(DataSource.class);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			Steps steps = new Steps(dataSource, jdbc);
			steps.run("seed", connection -> seed(context, jdbc, dir));
			fillSubjects(steps, jdbc, subjects);
			steps.run("subject-pick", connection -> {
				jdbc.execute("DROP TABLE IF EXISTS bench.subject_pick");
				jdbc.execute("""
						CREATE TABLE bench.subject_pick AS
						SELECT (row_number() OVER (ORDER BY k.subject_id))::int - 1 AS n, k.subject_id
						FROM subject_key k WHERE k.kind IN ('USCC', 'CITIZEN_ID') AND k.note = 'scale-bench'
						""");
				jdbc.execute("ALTER TABLE bench.subject_pick ADD PRIMARY KEY (n)");
			});
			int picked = jdbc.queryForObject("SELECT count(*) FROM bench.subject_pick", Integer.class);
			for (int from = 0; from < records; from += RECORD_STEP) {
				int start = from;
				int end = Math.min(records, from + RECORD_STEP);
				steps.run("records-" + start, connection -> records(connection, start, end, picked));
			}
			steps.run("analyze", connection -> jdbc.execute("ANALYZE"));
			// the generated subjects came past the intake, so the evaluation's one-time
			// backfill would set about evaluating all of them, a transaction each, beside
			// every measurement; at this size that is the Spark module's batch
			// (docs/evaluation.md), not the platform's background upkeep
			steps.run("evaluation-backfill",
					connection -> jdbc.update("UPDATE evaluation_backfill SET done = TRUE WHERE id = 1"));
			System.out.printf("Generation: %.0f s in all its steps (over every run that took part)%n",
					steps.totalSeconds());
			awaitEvaluationSweep(jdbc);

			long measureStart = System.nanoTime();
			sizes(jdbc);
			search(context.getBean(Subjects.class), jdbc);
			creditFiles(jdbc, ((WebServerApplicationContext) context).getWebServer().getPort(), picked);
			intake(context, jdbc, dataSource, dir);
			System.out.printf("Measurements: %.0f s; this run: %.0f s%n", (System.nanoTime() - measureStart) / 1e9,
					(System.nanoTime() - runStart) / 1e9);
		}
		finally {
			context.close();
		}
		System.exit(0);
	}

	/** 20,000 行政处罚 rows through the real intake: the records the rest are copies of. */
	private static void seed(ConfigurableApplicationContext context, JdbcTemplate jdbc, Path dir) throws Exception {
		if (jdbc.queryForObject("SELECT count(*) FROM provider WHERE code = 'GZ-SCJGJ'", Integer.class) == 0) {
			Providers providers = context.getBean(Providers.class);
			SystemActor.runAs("bench", () -> providers
				.register(new Provider("GZ-SCJGJ", "广州市市场监督管理局", Penalties.AUTHORITY, "440100", true, 0)));
		}
		Path csv = dir.resolve("seed.csv");
		IngestBench.generate(csv, SEED_ROWS, "种", 0);
		BatchReceipt receipt = submit(context.getBean(Ingestion.class), csv);
		System.out.printf("  seed: %,d accepted, %,d rejected%n", receipt.accepted(), receipt.rejected());
		awaitListeners(jdbc);
		jdbc.execute("DROP TABLE IF EXISTS bench.seed");
		jdbc.execute("""
				CREATE TABLE bench.seed AS
				SELECT (row_number() OVER (ORDER BY r.id))::int - 1 AS k, r.id AS record_id
				FROM ingest_record r JOIN creditfile_item c ON c.record_id = r.id
				WHERE r.provider_code = 'GZ-SCJGJ' AND r.status = 'ACTIVE'
				""");
		jdbc.execute("ALTER TABLE bench.seed ADD PRIMARY KEY (k)");
	}

	private static void fillSubjects(Steps steps, JdbcTemplate jdbc, int subjects) throws Exception {
		if (!steps.done("subject-indexes")) {
			for (String index : NAME_INDEXES) {
				jdbc.execute("DROP INDEX IF EXISTS " + index);
			}
		}
		for (int from = 0; from < subjects; from += SUBJECT_STEP) {
			int start = from;
			int count = Math.min(SUBJECT_STEP, subjects - from);
			steps.run("subjects-" + start, connection -> subjects(connection, start, count));
		}
		steps.run("subject-indexes", connection -> {
			jdbc.execute("SET maintenance_work_mem = '1GB'");
			// the same definitions as the subject migrations (V451, V452)
			jdbc.execute("CREATE INDEX IF NOT EXISTS subject_name_exact_prefix ON subject "
					+ "((name_normalized COLLATE \"C\"))");
			jdbc.execute("CREATE INDEX IF NOT EXISTS subject_name_bigrams ON subject USING gin (name_bigrams) "
					+ "WHERE name_bigrams IS NOT NULL");
			jdbc.execute("CREATE INDEX IF NOT EXISTS subject_name_trigrams ON subject USING gin "
					+ "(name_search gin_trgm_ops) WHERE name_search IS NOT NULL");
			jdbc.execute("CREATE INDEX IF NOT EXISTS subject_name_pinyin ON subject (name_pinyin text_pattern_ops) "
					+ "WHERE name_pinyin IS NOT NULL");
			jdbc.execute("CREATE INDEX IF NOT EXISTS subject_name_initials ON subject "
					+ "(name_initials text_pattern_ops) WHERE name_initials IS NOT NULL");
		});
	}

	/** One step of subjects and their keys, in the step's transaction. */
	private static void subjects(Connection connection, int start, int count) throws Exception {
		Random random = new Random(20261203L + start);
		long before;
		try (ResultSet rs = connection.createStatement().executeQuery("SELECT coalesce(max(id), 0) FROM subject")) {
			rs.next();
			before = rs.getLong(1);
		}
		var copy = connection.unwrap(PGConnection.class).getCopyAPI();
		int slice = 50_000;
		for (int done = 0; done < count; done += slice) {
			StringBuilder rows = new StringBuilder(slice * 160);
			for (int i = 0; i < Math.min(slice, count - done); i++) {
				String[] subject = PortalSearchBench.randomSubject(random);
				PortalSearchBench.appendSubjectRow(rows, subject[0], subject[1]);
			}
			copy.copyIn(PortalSearchBench.COPY_SUBJECTS, new StringReader(rows.toString()));
		}
		StringBuilder keys = new StringBuilder(count * 60);
		try (PreparedStatement query = connection
			.prepareStatement("SELECT id, subject_type = 'NATURAL_PERSON' FROM subject WHERE id > ? ORDER BY id")) {
			query.setLong(1, before);
			try (ResultSet rs = query.executeQuery()) {
				while (rs.next()) {
					long id = rs.getLong(1);
					boolean person = rs.getBoolean(2);
					keys.append(id)
						.append('\t')
						.append(person ? "CITIZEN_ID" : "USCC")
						.append('\t')
						.append(person ? CheckBench.citizenId(id) : CheckBench.uscc(id))
						.append("\tt\t2026-01-01T00:00:00Z\tscale-bench\n");
				}
			}
		}
		copy.copyIn("COPY subject_key (subject_id, kind, value, current, since, note) FROM STDIN",
				new StringReader(keys.toString()));
	}

	/**
	 * Records {@code from} to {@code to - 1} with their credit-file items: copies of the
	 * seed records about other subjects, each with its own number, hash and date.
	 */
	private static void records(Connection connection, int from, int to, int subjects) throws Exception {
		UUID batch = UUID.randomUUID();
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO ingest_batch (id, provider_code, category_code, kind, channel, file_name, status,
				  submitted_count, accepted_count, new_count, processed_count, submitted_by, submitted_at, completed_at)
				VALUES (?, 'GZ-SCJGJ', 'XZCF', 'RECORDS', 'FILE', ?, 'COMPLETED', ?, ?, ?, ?, 'bench', now(), now())
				""")) {
			insert.setObject(1, batch);
			insert.setString(2, "scale-" + from + ".csv");
			for (int i = 3; i <= 6; i++) {
				insert.setInt(i, to - from);
			}
			insert.executeUpdate();
		}
		int seeds;
		try (ResultSet rs = connection.createStatement().executeQuery("SELECT count(*) FROM bench.seed")) {
			rs.next();
			seeds = rs.getInt(1);
		}
		// 7,919 is prime, so (n * 7919) mod subjects visits every subject before
		// repeating
		try (PreparedStatement insert = connection.prepareStatement(
				"""
						WITH generated AS (
						  SELECT g.n, k.record_id AS seed_id, p.subject_id,
						    DATE '2019-01-01' + ((g.n::bigint * 37) % (current_date - DATE '2019-01-01'))::int AS decided
						  FROM generate_series(?, ?) g(n)
						  JOIN bench.seed k ON k.k = g.n % ?
						  JOIN bench.subject_pick p ON p.n = (g.n::bigint * 7919) % ?
						), stored AS (
						  INSERT INTO ingest_record (batch_id, row_number, provider_code, category_code, catalog_version,
						    subject_id, subject_type, subject_name, document_number, decision_date, reported_at, late,
						    working_days_to_report, fields, content_hash, status)
						  SELECT ?, x.n - ? + 1, r.provider_code, r.category_code, r.catalog_version, s.id, s.subject_type, s.name,
						    '粤规模罚〔' || extract(year FROM x.decided)::int || '〕' || x.n || '号', x.decided,
						    x.decided + 5, false, 4, r.fields, encode(sha256(convert_to('scale-' || x.n, 'UTF8')), 'hex'), 'ACTIVE'
						  FROM generated x
						  JOIN ingest_record r ON r.id = x.seed_id
						  JOIN subject s ON s.id = x.subject_id
						  RETURNING id, row_number, subject_id, subject_type, subject_name, document_number, decision_date
						)
						INSERT INTO creditfile_item (record_id, subject_id, subject_type, subject_name, category_code, category_name,
						  nature, provider_code, batch_id, catalog_version, document_number, decision_date, authority, summary,
						  fields, record_status, tier, tier_rule, regime, basis, publicity_start, publicity_until, repairable_from,
						  publicity_note, status, status_changed_at, projected_at)
						SELECT st.id, st.subject_id, st.subject_type, st.subject_name, c.category_code, c.category_name, c.nature,
						  c.provider_code, ?, c.catalog_version, st.document_number, st.decision_date, c.authority, c.summary,
						  c.fields, 'ACTIVE', c.tier, c.tier_rule, c.regime, c.basis, st.decision_date,
						  st.decision_date + (c.publicity_until - c.publicity_start),
						  st.decision_date + (c.repairable_from - c.publicity_start), c.publicity_note,
						  CASE WHEN c.publicity_until IS NULL
						    OR st.decision_date + (c.publicity_until - c.publicity_start) >= current_date
						    THEN 'PUBLISHED' ELSE 'ENDED' END, now(), now()
						FROM stored st
						JOIN bench.seed k ON k.k = (? + st.row_number - 1) % ?
						JOIN creditfile_item c ON c.record_id = k.record_id
						""")) {
			int i = 1;
			insert.setInt(i++, from);
			insert.setInt(i++, to - 1);
			insert.setInt(i++, seeds);
			insert.setInt(i++, subjects);
			insert.setObject(i++, batch);
			insert.setInt(i++, from);
			insert.setObject(i++, batch);
			insert.setInt(i++, from);
			insert.setInt(i, seeds);
			insert.executeUpdate();
		}
	}

	private static void sizes(JdbcTemplate jdbc) {
		System.out.printf("Database: %,d MB%n",
				jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class) >> 20);
		System.out.println("| table | rows | heap + TOAST MB | indexes MB | bytes per row (all) |");
		jdbc.query("""
				SELECT c.relname, c.reltuples::bigint AS rows,
				  pg_table_size(c.oid) AS heap, pg_indexes_size(c.oid) AS indexes
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname = 'public' AND c.relkind = 'r' AND pg_total_relation_size(c.oid) > 50 * 1024 * 1024
				ORDER BY pg_total_relation_size(c.oid) DESC
				""", rs -> {
			long rows = Math.max(1, rs.getLong("rows"));
			System.out.printf("| %s | %,d | %,d | %,d | %,d |%n", rs.getString("relname"), rs.getLong("rows"),
					rs.getLong("heap") >> 20, rs.getLong("indexes") >> 20,
					(rs.getLong("heap") + rs.getLong("indexes")) / rows);
		});
		System.out.println("| index | MB |");
		jdbc.query("""
				SELECT indexrelname, pg_relation_size(indexrelid) AS size FROM pg_stat_user_indexes
				WHERE pg_relation_size(indexrelid) > 20 * 1024 * 1024 ORDER BY size DESC
				""", rs -> {
			System.out.printf("| %s | %,d |%n", rs.getString(1), rs.getLong(2) >> 20);
		});
	}

	private static void search(Subjects subjects, JdbcTemplate jdbc) {
		int picked = jdbc.queryForObject("SELECT count(*) FROM bench.subject_pick", Integer.class);
		List<String> names = jdbc.queryForList("""
				SELECT s.name FROM bench.subject_pick p JOIN subject s ON s.id = p.subject_id
				WHERE p.n % ? = 0 ORDER BY p.n LIMIT 120
				""", String.class, Math.max(1, picked / 150));
		List<String> queries = PortalSearchBench.queries(names, new Random(20261125));
		// the first pass after a start meets cold caches (the JIT, PostgreSQL's buffers):
		// it is reported as such, and the passes after it are the steady state
		report("all queries, first pass after the start", queries, subjects);
		report("all queries", queries, subjects);
		report("2-character queries", queries.stream().filter(q -> q.length() == 2).toList(), subjects);
		report("3-4 character fragments", queries.stream().filter(q -> q.length() == 3 || q.length() == 4).toList(),
				subjects);
		report("full names", queries.stream().filter(q -> q.length() > 4).toList(), subjects);
		List<String> sample = new ArrayList<>();
		for (int i = 0; i < queries.size(); i += 10) {
			sample.add(queries.get(i));
		}
		double[] ours = PortalSearchBench.time(sample, q -> () -> subjects.search(q, Subjects.Audience.PUBLIC, 20));
		double[] plain = PortalSearchBench.time(sample, q -> () -> PortalSearchBench.ilike(jdbc, q));
		System.out.printf(
				"baseline, every 10th query (%d): platform p95 %.1f ms | ILIKE '%%q%%' p95 %.1f ms | "
						+ "ratio %.1fx%n",
				sample.size(), PortalSearchBench.p(ours, 95), PortalSearchBench.p(plain, 95),
				PortalSearchBench.p(plain, 95) / PortalSearchBench.p(ours, 95));
	}

	private static void report(String label, List<String> queries, Subjects subjects) {
		double[] millis = PortalSearchBench.time(queries, q -> () -> subjects.search(q, Subjects.Audience.PUBLIC, 20));
		System.out.printf("name search, %s (%d): p50 %.1f ms p95 %.1f ms p99 %.1f ms%n", label, queries.size(),
				PortalSearchBench.p(millis, 50), PortalSearchBench.p(millis, 95), PortalSearchBench.p(millis, 99));
	}

	/** The public credit file (JSON, all tabs) of 200 subjects that have records. */
	private static void creditFiles(JdbcTemplate jdbc, int port, int picked) throws Exception {
		// enterprises: the public does not see a person's credit file
		List<Long> ids = jdbc.queryForList("""
				SELECT p.subject_id FROM bench.subject_pick p JOIN subject s ON s.id = p.subject_id
				WHERE p.n % ? = 0 AND s.subject_type = 'ENTERPRISE' ORDER BY p.n LIMIT 200
				""", Long.class, Math.max(1, picked / 400));
		HttpClient client = HttpClient.newHttpClient();
		for (long id : ids.subList(0, Math.min(20, ids.size()))) {
			get(client, port, id);
		}
		double[] millis = new double[ids.size()];
		for (int i = 0; i < ids.size(); i++) {
			long start = System.nanoTime();
			get(client, port, ids.get(i));
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		System.out.printf("public credit file /api/public/credit-files/{id} (%d subjects): p50 %.1f ms p95 %.1f ms%n",
				millis.length, PortalSearchBench.p(millis, 50), PortalSearchBench.p(millis, 95));
	}

	private static void get(HttpClient client, int port, long id) throws Exception {
		HttpResponse<String> response = client
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/public/credit-files/" + id))
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("credit file " + id + " answered " + response.statusCode());
		}
	}

	/**
	 * A 100,000-row file through the full intake on the filled database, and the same
	 * file by COPY into an unindexed staging table in the same run (the baseline).
	 */
	private static void intake(ConfigurableApplicationContext context, JdbcTemplate jdbc, DataSource dataSource,
			Path dir) throws Exception {
		int earlier = jdbc.queryForObject("SELECT count(*) FROM ingest_batch WHERE file_name LIKE 'scale-intake-%'",
				Integer.class);
		Path csv = dir.resolve("scale-intake-" + earlier + ".csv");
		IngestBench.generate(csv, INTAKE_ROWS, "量" + earlier + "-", 2_000_000 + earlier * INTAKE_ROWS);
		double copyRate;
		try (Connection connection = dataSource.getConnection()) {
			List<String> header = List.of(Files.newBufferedReader(csv).readLine().split(","));
			StringBuilder ddl = new StringBuilder("CREATE TABLE bench.copy_staging (");
			for (int i = 0; i < header.size(); i++) {
				ddl.append(i == 0 ? "" : ", ").append("c").append(i).append(" text");
			}
			connection.createStatement().execute("DROP TABLE IF EXISTS bench.copy_staging");
			connection.createStatement().execute(ddl.append(")").toString());
			long start = System.nanoTime();
			try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
				connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY bench.copy_staging FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
			}
			copyRate = INTAKE_ROWS / ((System.nanoTime() - start) / 1e9);
		}
		long start = System.nanoTime();
		BatchReceipt receipt = submit(context.getBean(Ingestion.class), csv);
		double rate = INTAKE_ROWS / ((System.nanoTime() - start) / 1e9);
		System.out.printf(
				"intake at size: %,d submitted = %,d accepted + %,d rejected, %,.0f rows/s; COPY %,.0f rows/s; "
						+ "ratio intake / COPY %.3f%n",
				receipt.submitted(), receipt.accepted(), receipt.rejected(), rate, copyRate, rate / copyRate);
		long listeners = System.nanoTime();
		awaitListeners(jdbc);
		System.out.printf("  its event listeners (credit files, quality) were done %.1f s after the receipt%n",
				(System.nanoTime() - listeners) / 1e9);
	}

	private static BatchReceipt submit(Ingestion ingestion, Path csv) throws Exception {
		try (InputStream in = Files.newInputStream(csv)) {
			return SystemActor.callAs("bench",
					() -> ingestion.submitFile("GZ-SCJGJ", "XZCF", csv.getFileName().toString(), in, false));
		}
	}

	/**
	 * Until the subjects an earlier run's intake measurement marked for re-evaluation
	 * have been re-evaluated: measured beside it, the search would be measured beside a
	 * background job.
	 */
	private static void awaitEvaluationSweep(JdbcTemplate jdbc) throws InterruptedException {
		long start = System.nanoTime();
		long marked = jdbc.queryForObject("SELECT count(*) FROM evaluation_dirty", Long.class);
		long left = marked;
		while (left > 0 && System.nanoTime() - start < 30L * 60 * 1_000_000_000L) {
			Thread.sleep(2_000);
			left = jdbc.queryForObject("SELECT count(*) FROM evaluation_dirty", Long.class);
		}
		System.out.printf("Re-evaluation of subjects marked by an earlier intake: %,d marked, %,d left after %.0f s%n",
				marked, left, (System.nanoTime() - start) / 1e9);
	}

	private static void awaitListeners(JdbcTemplate jdbc) throws InterruptedException {
		while (jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL",
				Long.class) > 0) {
			Thread.sleep(500);
		}
	}

	/** Steps that run once: each commits together with its mark. */
	private static final class Steps {

		private final DataSource dataSource;

		private final JdbcTemplate jdbc;

		Steps(DataSource dataSource, JdbcTemplate jdbc) {
			this.dataSource = dataSource;
			this.jdbc = jdbc;
			jdbc.execute("CREATE SCHEMA IF NOT EXISTS bench");
			jdbc.execute(
					"""
							CREATE TABLE IF NOT EXISTS bench.scale_step (
							  step TEXT PRIMARY KEY, seconds DOUBLE PRECISION NOT NULL, done_at TIMESTAMPTZ NOT NULL DEFAULT now())
							""");
		}

		boolean done(String step) {
			return this.jdbc.queryForObject("SELECT count(*) FROM bench.scale_step WHERE step = ?", Integer.class,
					step) > 0;
		}

		double totalSeconds() {
			return this.jdbc.queryForObject("SELECT coalesce(sum(seconds), 0) FROM bench.scale_step", Double.class);
		}

		void run(String step, Work work) throws Exception {
			if (done(step)) {
				return;
			}
			long start = System.nanoTime();
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(false);
				work.run(connection);
				double seconds = (System.nanoTime() - start) / 1e9;
				try (PreparedStatement mark = connection
					.prepareStatement("INSERT INTO bench.scale_step (step, seconds) VALUES (?, ?)")) {
					mark.setString(1, step);
					mark.setDouble(2, seconds);
					mark.executeUpdate();
				}
				connection.commit();
				System.out.printf("  %s: %.1f s%n", step, seconds);
			}
		}

	}

	@FunctionalInterface
	private interface Work {

		void run(Connection connection) throws Exception;

	}

}
