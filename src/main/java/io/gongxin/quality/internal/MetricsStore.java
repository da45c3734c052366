package io.gongxin.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.gongxin.ingest.BatchKind;
import io.gongxin.ingest.BatchCompleted;
import io.gongxin.quality.Period;
import io.gongxin.quality.ProviderFigures;
import io.gongxin.quality.RuleCount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily metric rows: one upsert per batch, sums over days for any period.
 */
@Repository
public class MetricsStore {

	/** What a figure is grouped by. */
	public enum By {

		PROVIDER("provider_code"), REGION("region"), CATEGORY("category_code"), DAY("day::text"), ALL("'ALL'");

		private final String column;

		By(String column) {
			this.column = column;
		}

	}

	private final JdbcClient jdbc;

	MetricsStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts a completed batch once; false when it was counted before. */
	public boolean apply(BatchCompleted batch, LocalDate day, String region) {
		int fresh = this.jdbc.sql("""
				INSERT INTO quality_batch (batch_id, provider_code, category_code, day, rejected, late, completed_at)
				VALUES (:id, :provider, :category, :day, :rejected, :late, :completed)
				ON CONFLICT (batch_id) DO NOTHING
				""")
			.param("id", batch.batchId())
			.param("provider", batch.providerCode())
			.param("category", batch.categoryCode())
			.param("day", day)
			.param("rejected", batch.rejected())
			.param("late", batch.late())
			.param("completed", java.sql.Timestamp.from(batch.completedAt()))
			.update();
		if (fresh == 0) {
			return false;
		}
		boolean records = batch.kind() == BatchKind.RECORDS;
		long received = records ? batch.created() + batch.rejected() : 0;
		this.jdbc.sql("""
				INSERT INTO quality_daily AS d (day, provider_code, category_code, region, batches, late_batches,
				    submitted, received, compliant, rejected, resubmitted, corrected, revoked, stored, late)
				VALUES (:day, :provider, :category, :region, 1, :lateBatch, :submitted, :received, :compliant,
				    :rejected, :resubmitted, :corrected, :revoked, :stored, :late)
				ON CONFLICT (day, provider_code, category_code) DO UPDATE SET
				    batches = d.batches + 1, late_batches = d.late_batches + EXCLUDED.late_batches,
				    submitted = d.submitted + EXCLUDED.submitted, received = d.received + EXCLUDED.received,
				    compliant = d.compliant + EXCLUDED.compliant, rejected = d.rejected + EXCLUDED.rejected,
				    resubmitted = d.resubmitted + EXCLUDED.resubmitted, corrected = d.corrected + EXCLUDED.corrected,
				    revoked = d.revoked + EXCLUDED.revoked, stored = d.stored + EXCLUDED.stored,
				    late = d.late + EXCLUDED.late, region = EXCLUDED.region
				""")
			.param("day", day)
			.param("provider", batch.providerCode())
			.param("category", batch.categoryCode())
			.param("region", region)
			.param("lateBatch", (batch.late() > 0) ? 1 : 0)
			.param("submitted", records ? batch.submitted() : 0)
			.param("received", received)
			.param("compliant", records ? batch.created() : 0)
			.param("rejected", records ? batch.rejected() : 0)
			.param("resubmitted", batch.unchanged())
			.param("corrected", batch.superseding())
			.param("revoked", batch.revoked())
			.param("stored", batch.created() + batch.superseding())
			.param("late", batch.late())
			.update();
		for (Map.Entry<String, Integer> rule : batch.rejectionRules().entrySet()) {
			this.jdbc.sql("""
					INSERT INTO quality_daily_rule AS r (day, provider_code, category_code, rule, count)
					VALUES (:day, :provider, :category, :rule, :count)
					ON CONFLICT (day, provider_code, category_code, rule) DO UPDATE SET count = r.count + EXCLUDED.count
					""")
				.param("day", day)
				.param("provider", batch.providerCode())
				.param("category", batch.categoryCode())
				.param("rule", rule.getKey())
				.param("count", rule.getValue())
				.update();
		}
		return true;
	}

	/**
	 * Figures over a period, grouped; optional filters on provider, category and region.
	 */
	public List<ProviderFigures> figures(Period period, By by, Filter filter) {
		return this.jdbc.sql("SELECT " + by.column + """
				 AS key, sum(batches) AS batches, sum(late_batches) AS late_batches, sum(submitted) AS submitted,
				    sum(received) AS received, sum(compliant) AS compliant, sum(rejected) AS rejected,
				    sum(resubmitted) AS resubmitted, sum(corrected) AS corrected, sum(revoked) AS revoked,
				    sum(stored) AS stored, sum(late) AS late, max(region) AS region
				FROM quality_daily
				WHERE day BETWEEN :from AND :to
				  AND (CAST(:provider AS TEXT) IS NULL OR provider_code = :provider)
				  AND (CAST(:category AS TEXT) IS NULL OR category_code = :category)
				  AND (CAST(:region AS TEXT) IS NULL OR region = :region)
				GROUP BY 1 ORDER BY 1
				""")
			.param("from", period.from())
			.param("to", period.to())
			.param("provider", filter.provider())
			.param("category", filter.category())
			.param("region", filter.region())
			.query(MetricsStore::figures)
			.list();
	}

	public List<RuleCount> topRules(Period period, Filter filter, int limit) {
		return this.jdbc.sql("""
				SELECT rule, sum(count) AS total FROM quality_daily_rule
				WHERE day BETWEEN :from AND :to
				  AND (CAST(:provider AS TEXT) IS NULL OR provider_code = :provider)
				  AND (CAST(:category AS TEXT) IS NULL OR category_code = :category)
				GROUP BY rule ORDER BY total DESC, rule LIMIT :limit
				""")
			.param("from", period.from())
			.param("to", period.to())
			.param("provider", filter.provider())
			.param("category", filter.category())
			.param("limit", limit)
			.query((rs, n) -> new RuleCount(rs.getString("rule"), rs.getLong("total")))
			.list();
	}

	/** Providers with at least one accepted record of the category in the period. */
	public List<String> reporting(Period period, String category) {
		return this.jdbc.sql("""
				SELECT provider_code FROM quality_daily
				WHERE day BETWEEN :from AND :to AND category_code = :category
				GROUP BY provider_code HAVING sum(compliant + resubmitted + corrected) > 0 ORDER BY provider_code
				""")
			.param("from", period.from())
			.param("to", period.to())
			.param("category", category)
			.query(String.class)
			.list();
	}

	/** Batches of a provider completed before a moment that left rejected rows. */
	public List<UUID> batchesWithRejections(String provider, Instant before, int limit) {
		return this.jdbc.sql("""
				SELECT batch_id FROM quality_batch
				WHERE provider_code = :provider AND rejected > 0 AND completed_at < :before
				ORDER BY completed_at DESC LIMIT :limit
				""")
			.param("provider", provider)
			.param("before", java.sql.Timestamp.from(before))
			.param("limit", limit)
			.query(UUID.class)
			.list();
	}

	private static ProviderFigures figures(ResultSet rs, int row) throws SQLException {
		return new ProviderFigures(rs.getString("key"), null, rs.getString("region"), rs.getLong("batches"),
				rs.getLong("late_batches"), rs.getLong("submitted"), rs.getLong("received"), rs.getLong("compliant"),
				rs.getLong("rejected"), rs.getLong("resubmitted"), rs.getLong("corrected"), rs.getLong("revoked"),
				rs.getLong("stored"), rs.getLong("late"));
	}

	/** Optional narrowing of a figures query; {@code null} means any. */
	public record Filter(String provider, String category, String region) {

		public static final Filter NONE = new Filter(null, null, null);

	}

}
