package io.gongxin.quality;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bench, not a test (its name matches neither *Tests nor *IT, so builds skip it): seeds
 * the quality tables as they would stand with 1 M stored records from 200 providers,
 * files one 10 000-row batch through the intake, and times how long the incremental
 * refresh takes and how fast the period queries answer. Run:
 * {@code ./mvnw -B test -Dtest=QualityRefreshBench -Dsurefire.failIfNoSpecifiedTests=false}.
 * Figures go to docs/benchmarks.md.
 */
@GongxinIntegrationTest
class QualityRefreshBench {

	@Autowired
	Providers providers;

	@Autowired
	Ingestion ingestion;

	@Autowired
	QualityMetrics metrics;

	@Autowired
	Bulletins bulletins;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void refreshAfterATenThousandRowBatch() {
		LocalDate today = LocalDate.now(this.clock);
		long seedStart = System.nanoTime();
		SystemActor.runAs("bench", () -> {
			for (int p = 1; p <= 200; p++) {
				String code = String.format("BP%03d", p);
				this.providers.register(
						new Provider(code, "基准测试单位" + p, CheckCharacters.uscc(String.format("11440100MB2B%04d", p)),
								(p % 2 == 0) ? "440104" : "440106", true, 0));
				this.providers.setObligations(code, java.util.Set.of("XZCF", "XZXK"));
			}
		});
		// 200 providers x 2 categories x every day of the year so far, 4 records each: ~1
		// M records
		this.jdbc
			.sql("""
					INSERT INTO quality_daily (day, provider_code, category_code, region, batches, late_batches, submitted,
					    received, compliant, rejected, resubmitted, corrected, revoked, stored, late)
					SELECT d::date, 'BP' || lpad(p::text, 3, '0'), c, CASE WHEN p % 2 = 0 THEN '440104' ELSE '440106' END,
					    1, CASE WHEN p % 7 = 0 THEN 1 ELSE 0 END, 9, 9, 8, 1, 0, 0, 0, 8, CASE WHEN p % 7 = 0 THEN 1 ELSE 0 END
					FROM generate_series(make_date(:year, 1, 1), :yesterday, interval '1 day') d,
					     generate_series(1, 200) p, unnest(ARRAY['XZCF', 'XZXK']) c
					""")
			.param("year", today.getYear())
			.param("yesterday", today.minusDays(1))
			.update();
		this.jdbc.sql("""
				INSERT INTO quality_daily_rule (day, provider_code, category_code, rule, count)
				SELECT day, provider_code, category_code, 'MISSING_MANDATORY', rejected FROM quality_daily
				""").update();
		// the document numbers of those records: 5 000 per provider, every 97th missing
		this.jdbc.sql("""
				INSERT INTO quality_document (provider_code, category_code, document_key, document_number, agency, year,
				    serial, decision_date)
				SELECT 'BP' || lpad(p::text, 3, '0'), 'XZCF', '基准罚[' || :year || ']' || s || '号',
				       '基准罚〔' || :year || '〕' || s || '号', '基准罚', :year, s, make_date(:year, 1, 1)
				FROM generate_series(1, 200) p, generate_series(1, 5150) s WHERE s % 97 <> 0
				""").param("year", today.getYear()).update();
		this.jdbc.sql("ANALYZE quality_daily; ANALYZE quality_daily_rule; ANALYZE quality_document").update();
		long records = this.jdbc.sql("SELECT sum(stored) FROM quality_daily").query(Long.class).single();
		long documents = this.jdbc.sql("SELECT count(*) FROM quality_document").query(Long.class).single();
		System.out.printf("seeded %,d daily rows for %,d stored records and %,d document numbers in %.1f s%n",
				this.jdbc.sql("SELECT count(*) FROM quality_daily").query(Long.class).single(), records, documents,
				(System.nanoTime() - seedStart) / 1e9);

		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 1; i <= 10_000; i++) {
			rows.add(aPenalty()
				.against("基准测试企业" + (i % 100) + "号有限公司",
						CheckCharacters.uscc(String.format("91440101MA5B%04d", i % 100)))
				.by("基准测试单位1", CheckCharacters.uscc("11440100MB2B0001"))
				.document("基准新罚〔" + today.getYear() + "〕" + i + "号")
				.decidedOn(today)
				.row());
		}
		long ingestStart = System.nanoTime();
		BatchReceipt receipt = SystemActor.callAs("bench",
				() -> this.ingestion.submitRows("BP001", "XZCF", rows, Channel.API));
		long committed = System.nanoTime();
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM quality_batch WHERE batch_id = :id")
				.param("id", receipt.batchId())
				.query(Long.class)
				.single() == 1);
		long metricsVisible = System.nanoTime();
		await().atMost(Duration.ofMinutes(5))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM quality_document WHERE provider_code = 'BP001'")
				.query(Long.class)
				.single() == 5097 + 10_000);
		long documentsVisible = System.nanoTime();
		assertThat(receipt.created()).isEqualTo(10_000);
		System.out.printf("intake of the 10 000-row batch (ingest module, not the refresh): %.2f s%n",
				(committed - ingestStart) / 1e9);
		System.out.printf(
				"refresh: metrics visible %.3f s, document numbers visible %.3f s after the batch committed%n",
				(metricsVisible - committed) / 1e9, (documentsVisible - committed) / 1e9);

		Period month = Period.month(YearMonth.from(today));
		Period year = Period.year(today.getYear());
		time("provider figures, month", () -> this.metrics.byProvider(month, null, null));
		time("provider figures, year", () -> this.metrics.byProvider(year, null, null));
		time("region figures, year", () -> this.metrics.byRegion(year));
		time("daily figures, year", () -> this.metrics.byDay(year, null));
		time("top rejection rules, year", () -> this.metrics.topRejectionRules(year, null, 10));
		time("coverage, month", () -> this.metrics.coverage(month));
		time("bulletin draft, month (incl. gap counts over all numbers)", () -> this.bulletins.draft(month));
		assertThat(this.metrics.ofProvider(month, "BP001").compliant()).isGreaterThanOrEqualTo(10_000);
	}

	private static <T> void time(String what, Supplier<T> query) {
		query.get();
		long start = System.nanoTime();
		for (int i = 0; i < 5; i++) {
			query.get();
		}
		System.out.printf("%s: %.1f ms (mean of 5, after one warm-up)%n", what, (System.nanoTime() - start) / 5e6);
	}

}
