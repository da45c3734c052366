package io.gongxin.quality.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.ingest.CreditRecord;
import io.gongxin.quality.DocumentNumber;
import io.gongxin.quality.NumberGap;
import io.gongxin.quality.SampleCheck;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Document numbers of accepted records and officers' sampling checks.
 */
@Repository
public class ConcealmentStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ConcealmentStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Adds the document numbers of stored records, once each, in one round trip per call.
	 */
	public void addDocuments(List<CreditRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		this.template.batchUpdate("""
				INSERT INTO quality_document (provider_code, category_code, document_key, document_number, agency,
				    year, serial, decision_date)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING
				""", records, 1000, (ps, record) -> {
			DocumentNumber parsed = DocumentNumbers.parse(record.documentNumber(), record.decisionDate().getYear())
				.orElse(null);
			ps.setString(1, record.providerCode());
			ps.setString(2, record.categoryCode());
			ps.setString(3, DocumentNumbers.key(record.documentNumber()));
			ps.setString(4, record.documentNumber());
			ps.setString(5, (parsed != null) ? parsed.agency() : null);
			ps.setObject(6, (parsed != null) ? parsed.year() : null, java.sql.Types.INTEGER);
			ps.setObject(7, (parsed != null) ? parsed.serial() : null, java.sql.Types.INTEGER);
			ps.setObject(8, record.decisionDate());
		});
	}

	/**
	 * Gaps in the provider's sequences (all providers when {@code null}), largest first.
	 */
	public List<NumberGap> gaps(String provider, Integer year, int limit) {
		return this.jdbc.sql("""
				SELECT provider_code, agency, year, prev + 1 AS gap_from, serial - 1 AS gap_to FROM (
				    SELECT provider_code, agency, year, serial,
				           lag(serial) OVER (PARTITION BY provider_code, agency, year ORDER BY serial) AS prev
				    FROM quality_document
				    WHERE serial IS NOT NULL
				      AND (CAST(:provider AS TEXT) IS NULL OR provider_code = :provider)
				      AND (CAST(:year AS INT) IS NULL OR year = :year)) s
				WHERE serial - prev > 1
				ORDER BY provider_code, agency, year, gap_from LIMIT :limit
				""")
			.param("provider", provider)
			.param("year", year)
			.param("limit", limit)
			.query((rs, n) -> new NumberGap(rs.getString("provider_code"), rs.getString("agency"), rs.getInt("year"),
					rs.getInt("gap_from"), rs.getInt("gap_to")))
			.list();
	}

	/** Missing serial numbers per provider, over the sequences of the given years. */
	public Map<String, Long> missingByProvider(int fromYear, int toYear) {
		Map<String, Long> missing = new HashMap<>();
		this.jdbc.sql("""
				SELECT provider_code, sum(serial - prev - 1) AS missing FROM (
				    SELECT provider_code, serial,
				           lag(serial) OVER (PARTITION BY provider_code, agency, year ORDER BY serial) AS prev
				    FROM quality_document
				    WHERE serial IS NOT NULL AND year BETWEEN :from AND :to) s
				WHERE serial - prev > 1 GROUP BY provider_code
				""")
			.param("from", fromYear)
			.param("to", toYear)
			.query((rs, n) -> missing.put(rs.getString("provider_code"), rs.getLong("missing")))
			.list();
		return missing;
	}

	/**
	 * Which of the given document keys the provider (any provider when null) reported.
	 */
	public Set<String> reportedKeys(String provider, Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("""
				SELECT DISTINCT document_key FROM quality_document
				WHERE document_key IN (:keys) AND (CAST(:provider AS TEXT) IS NULL OR provider_code = :provider)
				""").param("keys", keys).param("provider", provider).query(String.class).list());
	}

	/** Checked and unreported decisions per provider over the period's samples. */
	public Map<String, long[]> sampleTotals(LocalDate from, LocalDate to) {
		Map<String, long[]> totals = new HashMap<>();
		this.jdbc.sql("""
				SELECT provider_code, sum(checked) AS checked, sum(unreported) AS unreported FROM quality_sample
				WHERE checked_on BETWEEN :from AND :to GROUP BY provider_code
				""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> totals.put(rs.getString("provider_code"),
					new long[] { rs.getLong("checked"), rs.getLong("unreported") }))
			.list();
		return totals;
	}

	public SampleCheck addSample(String provider, LocalDate checkedOn, int checked, int unreported, String note,
			String by, Instant at) {
		long id = this.jdbc.sql("""
				INSERT INTO quality_sample (provider_code, checked_on, checked, unreported, note, recorded_by,
				    recorded_at)
				VALUES (:provider, :on, :checked, :unreported, :note, :by, :at) RETURNING id
				""")
			.param("provider", provider)
			.param("on", checkedOn)
			.param("checked", checked)
			.param("unreported", unreported)
			.param("note", note)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		return new SampleCheck(id, provider, checkedOn, checked, unreported, note, by, at);
	}

	public List<SampleCheck> samples(String provider, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				SELECT * FROM quality_sample
				WHERE checked_on BETWEEN :from AND :to
				  AND (CAST(:provider AS TEXT) IS NULL OR provider_code = :provider)
				ORDER BY provider_code, checked_on, id
				""")
			.param("from", from)
			.param("to", to)
			.param("provider", provider)
			.query((rs, n) -> new SampleCheck(rs.getLong("id"), rs.getString("provider_code"),
					rs.getObject("checked_on", LocalDate.class), rs.getInt("checked"), rs.getInt("unreported"),
					rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

}
