package io.gongxin.ingest;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

import io.gongxin.GongxinApplication;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.support.Penalties;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake benchmark (issue 5). Generates an N-row 行政处罚 CSV (valid codes, realistic Chinese
 * text, 1 % bad rows), then measures on the same PostgreSQL server (a) a raw {@code COPY}
 * of the file into an unindexed staging table and (b) the platform's full intake (parse,
 * validate, link subjects, store, emit events), and reports rows/s, their ratio, the peak
 * heap of the intake and whether accepted + rejected = submitted. Run it as documented in
 * {@code docs/benchmarks.md}, with {@code -Xmx512m}.
 */
public final class IngestBench {

	private static final String[] TRADE = { "恒达", "粤信", "南方", "华美", "嘉禾", "明珠", "金穗", "瑞丰", "鸿运", "兴华", "天朗", "云山",
			"珠江", "德昌", "宏图", "新景", "利民", "康泰", "百汇", "海纳" };

	private static final String[] INDUSTRY = { "科技", "贸易", "餐饮管理", "建筑工程", "物业管理", "食品", "医药", "物流" };

	private static final String[] CONDUCT = { "未按规定公示年度报告", "销售不合格产品", "虚假宣传", "超标排放大气污染物", "违法分包" };

	private IngestBench() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		Path work = Files.createTempDirectory("gongxin-bench");
		Path csv = work.resolve("penalties.csv");
		int bad = generate(csv, rows, "");
		System.out.printf("Generated %,d rows (%,d bad), %,d MB%n", rows, bad, Files.size(csv) >> 20);

		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setDataDirectory(work.resolve("pg"))
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("shared_buffers", "1GB")
			.setServerConfig("wal_compression", "pglz")
			.setServerConfig("shared_preload_libraries", STATEMENTS ? "pg_stat_statements" : "")
			.start()) {
			double copyRate = copy(postgres, csv, rows);

			ConfigurableApplicationContext app = new SpringApplication(GongxinApplication.class).run("--server.port=0",
					"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--gongxin.demo.enabled=false",
					"--gongxin.keys.directory=" + work.resolve("keys"),
					"--gongxin.audit.witness-file=" + work.resolve("witness.log"),
					"--gongxin.ingest.spool-directory=" + work.resolve("spool"),
					"--logging.file.name=" + work.resolve("app.log"), "--gongxin.audit.sealing.enabled=false",
					"--gongxin.security.admin.password=bench-admin-password", "--logging.level.root=WARN");
			try {
				Providers providers = app.getBean(Providers.class);
				SystemActor.runAs("bench", () -> providers
					.register(new Provider("GZ-SCJGJ", "广州市市场监督管理局", Penalties.AUTHORITY, "440100", true, 0)));
				Ingestion ingestion = app.getBean(Ingestion.class);
				JdbcClient jdbc = app.getBean(JdbcClient.class);
				if (STATEMENTS) {
					jdbc.sql("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").update();
					jdbc.sql("SELECT pg_stat_statements_reset()").query(Object.class).list();
				}
				double intakeRate = intake(ingestion, csv, rows, "new subjects");
				if (STATEMENTS) {
					printStatements(jdbc);
				}
				System.out.printf("Ratio intake / COPY: %.3f%n", intakeRate / copyRate);
				long indexStart = System.nanoTime();
				int indexed = app.getBean(io.gongxin.subject.Subjects.class).indexPendingNames();
				System.out.printf("Name search caught up: %,d subjects indexed in %.1f s after the receipt%n", indexed,
						(System.nanoTime() - indexStart) / 1e9);
				awaitProjections(jdbc, indexStart);
				// on a quiet server, like the intake: the listeners above are done
				double floorRate = StorageFloor.measure(postgres, work.resolve("floor"), rows);
				System.out.printf("Ratio storage floor / COPY: %.3f; intake / storage floor: %.3f%n",
						floorRate / copyRate, intakeRate / floorRate);
				if (args.length > 1 && args[1].equals("all")) {
					// second decisions about the same enterprises: the usual case once
					// the
					// register is filled
					Path second = work.resolve("penalties-2.csv");
					generate(second, rows, "二");
					double knownRate = intake(ingestion, second, rows, "known subjects");
					System.out.printf("Ratio intake (known subjects) / COPY: %.3f%n", knownRate / copyRate);
					awaitProjections(jdbc, System.nanoTime());
					double againRate = intake(ingestion, csv, rows, "the first file again");
					System.out.printf("Ratio intake (resubmission, all unchanged) / COPY: %.3f%n",
							againRate / copyRate);
				}
			}
			finally {
				app.close();
			}
		}
	}

	/**
	 * {@code -Dbench.statements=true}: print the server time of each statement of the
	 * first intake (pg_stat_statements), to see where the server spends it.
	 */
	private static final boolean STATEMENTS = Boolean.getBoolean("bench.statements");

	private static void printStatements(JdbcClient jdbc) {
		jdbc.sql(
				"""
						SELECT round(total_exec_time) AS ms, calls, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) AS query
						FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 15
						""")
			.query((rs, n) -> String.format("%8d ms %7d calls %9d rows  %s", rs.getLong("ms"), rs.getLong("calls"),
					rs.getLong("rows"), rs.getString("query")))
			.list()
			.forEach(System.out::println);
	}

	private static double intake(Ingestion ingestion, Path csv, int rows, String what) throws Exception {
		System.gc();
		resetPeaks();
		long start = System.nanoTime();
		BatchReceipt receipt;
		try (InputStream in = Files.newInputStream(csv)) {
			receipt = SystemActor.callAs("bench",
					() -> ingestion.submitFile("GZ-SCJGJ", "XZCF", csv.getFileName().toString(), in, false));
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double rate = rows / seconds;
		System.out.printf(
				"Intake (%s): %s, %,d submitted = %,d accepted + %,d rejected (%s; new %,d, unchanged %,d) in %.1f s: %,.0f rows/s%n",
				what, receipt.status(), receipt.submitted(), receipt.accepted(), receipt.rejected(),
				receipt.balanced() ? "balanced" : "NOT BALANCED", receipt.created(), receipt.unchanged(), seconds,
				rate);
		System.out.printf(
				"Heap during intake: largest live set after a collection %,d MB; sum of the pools' peaks %,d MB "
						+ "(overstates: pools peak at different moments); limit %,d MB%n",
				peakLiveHeap() >> 20, peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
		return rate;
	}

	/**
	 * Waits until the listeners of the intake's events (credit files, quality figures)
	 * are done, so that the next run does not share the machine with them.
	 */
	private static void awaitProjections(JdbcClient jdbc, long since) throws InterruptedException {
		while (jdbc.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
			.query(Long.class)
			.single() > 0) {
			Thread.sleep(200);
		}
		System.out.printf("Event listeners (credit files, quality) done %.1f s after the receipt%n",
				(System.nanoTime() - since) / 1e9);
	}

	private static double copy(EmbeddedPostgres postgres, Path csv, int rows) throws Exception {
		try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
			List<String> header = List.of(Files.newBufferedReader(csv).readLine().split(","));
			StringBuilder ddl = new StringBuilder("CREATE TABLE bench.copy_staging (");
			for (int i = 0; i < header.size(); i++) {
				ddl.append(i == 0 ? "" : ", ").append("c").append(i).append(" text");
			}
			// its own schema, so that the platform's migrations still find an empty
			// public schema
			connection.createStatement().execute("CREATE SCHEMA IF NOT EXISTS bench");
			connection.createStatement().execute(ddl.append(")").toString());
			long start = System.nanoTime();
			long copied;
			try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
				copied = connection.unwrap(PGConnection.class)
					.getCopyAPI()
					.copyIn("COPY bench.copy_staging FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("COPY: %,d rows in %.1f s: %,.0f rows/s%n", copied, seconds, rows / seconds);
			return rows / seconds;
		}
	}

	private static int generate(Path csv, int rows, String round) throws Exception {
		return generate(csv, rows, round, 0);
	}

	/**
	 * Writes {@code rows} 行政处罚 rows about enterprises {@code first}, {@code first + 1},
	 * …; every 100th row has a broken check character. Returns how many are broken.
	 */
	public static int generate(Path csv, int rows, String round, int first) throws Exception {
		Random random = new Random(42);
		String authority = CheckCharacters.uscc("11440100MB2C9238");
		LocalDate today = LocalDate.now();
		int bad = 0;
		try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
			out.write("CF_XDR_MC,CF_XDR_LB,CF_XDR_SHXYM,CF_FRDB,CF_WSH,CF_WFXW,CF_SY,CF_YJ,CF_CFLB,CF_NR,CF_NR_FK,"
					+ "CF_JDRQ,CF_YXQ,CF_CFJG,CF_CFJGDM,CF_SJLY,CF_SJLYDM\r\n");
			for (int i = first; i < first + rows; i++) {
				String uscc = CheckCharacters
					.uscc("914401" + String.format("%02d", i % 97) + "MA" + String.format("%06d", i / 97));
				String name = "广州" + TRADE[random.nextInt(TRADE.length)] + INDUSTRY[random.nextInt(INDUSTRY.length)] + i
						+ "有限公司";
				String conduct = CONDUCT[random.nextInt(CONDUCT.length)];
				boolean fine = random.nextBoolean();
				String amount = (1 + random.nextInt(50)) + "." + random.nextInt(10);
				if (i % 100 == 57) {
					uscc = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
					bad++;
				}
				LocalDate decided = today.minusDays(1 + random.nextInt(400));
				out.write(String.join(",", name, "1", uscc, "王" + (char) ('明' + random.nextInt(50)),
						"穗市监罚〔" + decided.getYear() + "〕" + round + i + "号", conduct,
						"\"经查，当事人" + conduct + "，违反了相关规定。\"", "《中华人民共和国行政处罚法》第二十八条", fine ? "03" : "01",
						fine ? "罚款人民币" + amount + "万元" : "警告", fine ? amount : "", decided.toString(),
						decided.plusYears(1).toString(), "广州市市场监督管理局", authority, "广州市市场监督管理局", authority));
				out.write("\r\n");
			}
		}
		return bad;
	}

	private static void resetPeaks() {
		LIVE_PEAK.set(0);
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			pool.resetPeakUsage();
		}
	}

	/** The most heap left in use after any collection since the last reset. */
	private static final java.util.concurrent.atomic.AtomicLong LIVE_PEAK = new java.util.concurrent.atomic.AtomicLong();

	static {
		for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
			((javax.management.NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
				var info = com.sun.management.GarbageCollectionNotificationInfo
					.from((javax.management.openmbean.CompositeData) notification.getUserData());
				long after = info.getGcInfo()
					.getMemoryUsageAfterGc()
					.entrySet()
					.stream()
					.filter(pool -> !pool.getKey().contains("Metaspace") && !pool.getKey().contains("CodeHeap")
							&& !pool.getKey().contains("Class Space"))
					.mapToLong(pool -> pool.getValue().getUsed())
					.sum();
				LIVE_PEAK.accumulateAndGet(after, Math::max);
			}, notification -> notification.getType()
				.equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION), null);
		}
	}

	private static long peakLiveHeap() {
		return LIVE_PEAK.get();
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
