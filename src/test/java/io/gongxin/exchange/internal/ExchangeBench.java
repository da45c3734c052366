package io.gongxin.exchange.internal;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.exchange.FileFormat;
import io.gongxin.exchange.NewTarget;
import io.gongxin.exchange.ReportAction;
import io.gongxin.exchange.ReportPackage;
import io.gongxin.exchange.Target;
import io.gongxin.exchange.TargetLevel;
import io.gongxin.exchange.UpwardReporting;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.support.BenchPlatform;
import io.gongxin.support.Penalties;
import io.gongxin.support.StubTarget;
import org.postgresql.PGConnection;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upward reporting at scale, not part of verify. (1) File generation: N 行政处罚 records
 * written as GBK CSV in the national layout by the platform's own path (records read
 * through the catalog-owned facade, rendered by the package writer) against a plain
 * {@code COPY (SELECT fields->>… ) TO STDOUT (FORMAT csv, ENCODING 'GBK')} of the same
 * rows, same run. (2) Drain: an N-record backlog to a loopback stub target, until every
 * record is acknowledged, checking none lost or doubled.
 * {@code java -Xmx6g -cp target/test-classes:target/classes:$(cat target/bench.cp) io.gongxin.exchange.internal.ExchangeBench 1000000}
 */
public final class ExchangeBench {

	private static final int SEEDS = 200;

	private ExchangeBench() {
	}

	public static void main(String[] args) throws Exception {
		int n = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		int packageSize = (args.length > 1) ? Integer.parseInt(args[1]) : 2000;
		try (BenchPlatform platform = BenchPlatform.start("exchange", "--gongxin.exchange.tick=PT0.2S",
				"--gongxin.exchange.receipt-interval=PT1S", "--gongxin.exchange.initial-delay=PT1S",
				"--gongxin.outbox.batch-size=4", "--gongxin.outbox.workers=4");
				StubTarget province = StubTarget.start().keepRows(false)) {
			JdbcClient jdbc = platform.bean(JdbcClient.class);
			seed(platform);
			long t0 = System.nanoTime();
			clone(jdbc, n);
			System.out.printf(Locale.ROOT, "generated %,d records in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);

			fileGeneration(platform, jdbc, n);
			drain(platform, jdbc, province, n, packageSize);
		}
	}

	private static void seed(BenchPlatform platform) {
		Providers providers = platform.bean(Providers.class);
		Ingestion ingestion = platform.bean(Ingestion.class);
		SystemActor.runAs("bench", () -> {
			providers.register(new Provider("GZ-SCJGJ", "广州市市场监督管理局", CheckCharacters.uscc("11440100MB2C9238"),
					"440100", true, 0));
			List<Map<String, String>> rows = new ArrayList<>();
			String[] trades = { "商贸", "餐饮", "科技", "建材", "物流", "食品", "医药", "服装" };
			for (int i = 0; i < SEEDS; i++) {
				rows.add(Penalties.aPenalty()
					.against("广州市" + trades[i % trades.length] + "示范" + i + "号有限公司",
							CheckCharacters.uscc(String.format(Locale.ROOT, "91440101MA5B%04d", i)))
					.document("穗市监处罚〔2026〕种子" + i + "号")
					.fine(String.valueOf(1 + i % 9))
					.conduct("未按规定公示年度报告", "当事人未按规定期限公示2025年度报告，经责令仍未改正，违反《企业信息公示暂行条例》第八条。")
					.decidedOn(LocalDate.of(2026, 11, 1).minusDays(i % 300))
					.row());
			}
			ingestion.submitRows("GZ-SCJGJ", "XZCF", rows, Channel.API);
		});
	}

	/**
	 * N records copied from the seeds with their own document numbers, as the intake
	 * stores them.
	 */
	private static void clone(JdbcClient jdbc, int n) {
		jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS seed AS SELECT row_number() OVER (ORDER BY id) - 1 AS k, * "
				+ "FROM ingest_record")
			.update();
		int step = 200_000;
		for (int from = 0; from < n; from += step) {
			int to = Math.min(n, from + step);
			jdbc.sql("""
					INSERT INTO ingest_record (batch_id, row_number, provider_code, category_code, catalog_version,
					  subject_id, subject_type, subject_name, document_number, decision_date, reported_at, late,
					  working_days_to_report, fields, content_hash, status)
					SELECT s.batch_id, g.n + 1000, s.provider_code, s.category_code, s.catalog_version, s.subject_id,
					  s.subject_type, s.subject_name, '穗市监处罚〔2026〕' || g.n || '号', s.decision_date, s.reported_at,
					  false, 3, jsonb_set(s.fields, '{CF_WSH}', to_jsonb('穗市监处罚〔2026〕' || g.n || '号')),
					  encode(sha256(convert_to('bench-' || g.n, 'UTF8')), 'hex'), 'ACTIVE'
					FROM generate_series(:from, :to) g(n) JOIN seed s ON s.k = g.n % :seeds
					""").param("from", from).param("to", to - 1).param("seeds", SEEDS).update();
		}
		jdbc.sql("ANALYZE ingest_record").update();
	}

	private static void fileGeneration(BenchPlatform platform, JdbcClient jdbc, int n) throws Exception {
		Catalogs catalogs = platform.bean(Catalogs.class);
		CreditRecords records = platform.bean(CreditRecords.class);
		JsonMapper json = platform.bean(JsonMapper.class);
		CategoryDefinition category = catalogs.category(catalogs.versionInForceToday().id(), "XZCF");
		List<ReportPackage.Column> columns = category.fields()
			.stream()
			.map(field -> new ReportPackage.Column(field.code(), field.name()))
			.toList();
		List<Long> ids = jdbc.sql("SELECT id FROM ingest_record WHERE category_code = 'XZCF' ORDER BY id LIMIT :n")
			.param("n", n)
			.query(Long.class)
			.list();
		Target target = new Target("BENCH", "基准", TargetLevel.PROVINCE, "FILE", FileFormat.CSV, "GBK", Set.of("XZCF"),
				5000, 60, null, null, true, 0, Instant.now());
		String select = "SELECT "
				+ String.join(", ", category.fields().stream().map(field -> "fields->>'" + field.code() + "'").toList())
				+ " FROM ingest_record WHERE id = ANY (?)";
		DataSource dataSource = platform.bean(DataSource.class);
		for (int round = 0; round < 3; round++) {
			long ours = System.nanoTime();
			long bytes = 0;
			for (int i = 0; i < ids.size(); i += 5000) {
				List<Long> slice = ids.subList(i, Math.min(ids.size(), i + 5000));
				List<ReportPackage.Row> rows = new ArrayList<>(slice.size());
				for (CreditRecord record : records.byIds(slice)) {
					rows.add(new ReportPackage.Row("GX" + record.id(), record.id(), record.documentNumber(),
							record.fields()));
				}
				ReportPackage reportPackage = new ReportPackage(i, "GXP" + i, target, "XZCF", category.name(),
						ReportAction.REPORT, "XZCF.csv", columns, rows, Instant.now());
				bytes += PackageFiles.write(reportPackage, FileFormat.CSV, Charset.forName("GBK"), json).length;
			}
			double oursS = (System.nanoTime() - ours) / 1e9;

			long copy = System.nanoTime();
			long copied = 0;
			try (Connection connection = dataSource.getConnection()) {
				PGConnection pg = connection.unwrap(PGConnection.class);
				for (int i = 0; i < ids.size(); i += 5000) {
					Long[] slice = ids.subList(i, Math.min(ids.size(), i + 5000)).toArray(Long[]::new);
					CountingStream out = new CountingStream();
					String sql = "COPY (" + select.replace("ANY (?)", "ANY ('{" + join(slice) + "}'::bigint[])")
							+ ") TO STDOUT (FORMAT csv, HEADER, ENCODING 'GBK')";
					pg.getCopyAPI().copyOut(sql, out);
					copied += out.count;
				}
			}
			double copyS = (System.nanoTime() - copy) / 1e9;
			System.out.printf(Locale.ROOT,
					"file generation round %d: %,d rows GBK CSV — platform %.1f s (%,d bytes), COPY TO %.1f s (%,d bytes), "
							+ "throughput ratio platform/COPY = %.2f%n",
					round + 1, ids.size(), oursS, bytes, copyS, copied, copyS / oursS);
		}
	}

	private static void drain(BenchPlatform platform, JdbcClient jdbc, StubTarget province, int n, int packageSize)
			throws Exception {
		UpwardReporting reporting = platform.bean(UpwardReporting.class);
		SystemActor
			.runAs("bench",
					() -> reporting.register(new NewTarget("GD_PROVINCE", "广东省公共信用信息平台", TargetLevel.PROVINCE, "FILE",
							FileFormat.CSV, "GBK", Set.of("XZCF"), packageSize, 1, province.packagesUrl(),
							province.receiptsUrl())));
		SystemActor.runAs("bench", () -> reporting.setActive("GD_PROVINCE", false));
		int owed = jdbc
			.sql("""
					INSERT INTO exchange_item (target_code, record_id, action, provider_code, category_code, document_number,
					                           decision_date, queued_at, state)
					SELECT 'GD_PROVINCE', id, 'REPORT', provider_code, category_code, document_number, decision_date, now(),
					       'QUEUED'
					FROM ingest_record WHERE category_code = 'XZCF' ORDER BY id LIMIT :n
					ON CONFLICT DO NOTHING
					""")
			.param("n", n)
			.update();
		jdbc.sql("ANALYZE exchange_item").update();
		System.out.printf(Locale.ROOT, "backlog: %,d records owed to the paused target%n", owed);
		long t0 = System.nanoTime();
		SystemActor.runAs("bench", () -> reporting.setActive("GD_PROVINCE", true));
		while (true) {
			long acknowledged = jdbc
				.sql("SELECT count(*) FROM exchange_item WHERE target_code = 'GD_PROVINCE' AND state = 'ACKNOWLEDGED'")
				.query(Long.class)
				.single();
			if (acknowledged == owed) {
				break;
			}
			Thread.sleep(1000);
			if (Duration.ofNanos(System.nanoTime() - t0).toMinutes() > 60) {
				throw new IllegalStateException("not drained after an hour: " + acknowledged);
			}
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		Map<String, Integer> applied = province.rowApplications();
		long doubled = applied.values().stream().filter(count -> count > 1).count();
		System.out.printf(Locale.ROOT,
				"drain: %,d records in %,d packages acknowledged in %.1f s (%,.0f records/s); held by the target %,d, "
						+ "doubled %d, package deliveries %,d%n",
				owed, province.packages().size(), seconds, owed / seconds, applied.size(), doubled,
				province.deliveries());
	}

	private static String join(Long[] ids) {
		StringBuilder text = new StringBuilder();
		for (Long id : ids) {
			if (text.length() > 0) {
				text.append(',');
			}
			text.append(id);
		}
		return text.toString();
	}

	private static final class CountingStream extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

	}

}
