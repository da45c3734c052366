package io.gongxin.exchange.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.gongxin.exchange.SupervisionSet;
import io.gongxin.subscription.Purpose;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The pulls counted for the usage statistics, and the saved supervision sets. */
@Repository
public class ShareStore {

	private final JdbcClient jdbc;

	ShareStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts of one pull, by what became of its codes. */
	public record Counts(int asked, int returned, int refused, int notFound, int invalid, int items) {
	}

	public long insertQuery(String department, Purpose purpose, Counts counts, String by, Instant at) {
		return this.jdbc
			.sql("""
					INSERT INTO exchange_share_query (department_code, purpose, asked, returned, refused, not_found, invalid,
					                                  items, pulled_by, pulled_at)
					VALUES (:department, :purpose, :asked, :returned, :refused, :notFound, :invalid, :items, :by, :at)
					RETURNING id
					""")
			.param("department", department)
			.param("purpose", purpose.name())
			.param("asked", counts.asked())
			.param("returned", counts.returned())
			.param("refused", counts.refused())
			.param("notFound", counts.notFound())
			.param("invalid", counts.invalid())
			.param("items", counts.items())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** A usage row before names are added. */
	public record UsageRow(String department, String month, Purpose purpose, long queries, long subjects, long refused,
			long notFound, long invalid, long items) {
	}

	/**
	 * Pulls since {@code from} per department, month (in {@code zone}) and purpose,
	 * newest month first; one department's only when {@code department} is given.
	 */
	public List<UsageRow> usage(String department, Instant from, ZoneId zone) {
		return this.jdbc.sql("""
				SELECT department_code, to_char(pulled_at AT TIME ZONE :zone, 'YYYY-MM') AS month, purpose,
				       count(*) AS queries, sum(returned) AS subjects, sum(refused) AS refused,
				       sum(not_found) AS not_found, sum(invalid) AS invalid, sum(items) AS items
				FROM exchange_share_query
				WHERE pulled_at >= :from AND (CAST(:department AS TEXT) IS NULL OR department_code = :department)
				GROUP BY department_code, month, purpose
				ORDER BY month DESC, department_code NULLS FIRST, purpose
				""")
			.param("zone", zone.getId())
			.param("from", Timestamp.from(from))
			.param("department", department)
			.query((rs, n) -> new UsageRow(rs.getString("department_code"), rs.getString("month"),
					Purpose.valueOf(rs.getString("purpose")), rs.getLong("queries"), rs.getLong("subjects"),
					rs.getLong("refused"), rs.getLong("not_found"), rs.getLong("invalid"), rs.getLong("items")))
			.list();
	}

	public long insertSet(String department, String name, Purpose purpose, int subjects, int leftOut,
			long subscriptionId, String by, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO exchange_share_set (department_code, name, purpose, subjects, left_out, subscription_id,
				                                created_by, created_at)
				VALUES (:department, :name, :purpose, :subjects, :leftOut, :subscription, :by, :at) RETURNING id
				""")
			.param("department", department)
			.param("name", name)
			.param("purpose", purpose.name())
			.param("subjects", subjects)
			.param("leftOut", leftOut)
			.param("subscription", subscriptionId)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** Supervision sets, newest first; one department's when it is given. */
	public List<SupervisionSet> sets(String department, int limit) {
		return this.jdbc
			.sql("""
					SELECT * FROM exchange_share_set WHERE CAST(:department AS TEXT) IS NULL OR department_code = :department
					ORDER BY id DESC LIMIT :limit
					""")
			.param("department", department)
			.param("limit", limit)
			.query((rs, n) -> {
				Purpose purpose = Purpose.valueOf(rs.getString("purpose"));
				return new SupervisionSet(rs.getLong("id"), rs.getString("department_code"), rs.getString("name"),
						purpose.name(), purpose.label(), rs.getInt("subjects"), rs.getInt("left_out"),
						rs.getLong("subscription_id"), rs.getString("created_by"),
						rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}

}
