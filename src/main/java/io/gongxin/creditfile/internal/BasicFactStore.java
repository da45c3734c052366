package io.gongxin.creditfile.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.creditfile.BasicData.Kind;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every fact of basic data each record states, and the publicity of its record. */
@Repository
class BasicFactStore {

	/** One fact as a record states it. */
	record Stated(Kind kind, String value) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	BasicFactStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The facts one record states, and where they come from. */
	record RecordFacts(long recordId, SubjectId subject, LocalDate asOf, String categoryCode, String categoryName,
			String providerCode, String documentNumber, List<Stated> facts) {
	}

	/**
	 * Makes the stored facts of each record exactly those given: a record corrected to
	 * leave a fact blank, or one no longer a source, states nothing any more. One delete
	 * and one batch of inserts for the lot (a page of a batch is 500 records).
	 */
	void replaceAll(List<RecordFacts> records, Instant now) {
		if (records.isEmpty()) {
			return;
		}
		this.jdbc.sql("DELETE FROM creditfile_basic_fact WHERE record_id = ANY (:ids)")
			.param("ids", records.stream().map(RecordFacts::recordId).toArray(Long[]::new))
			.update();
		record Row(RecordFacts record, Stated fact) {
		}
		List<Row> rows = records.stream().flatMap((r) -> r.facts().stream().map((fact) -> new Row(r, fact))).toList();
		java.sql.Timestamp at = java.sql.Timestamp.from(now);
		this.template.batchUpdate("""
				INSERT INTO creditfile_basic_fact (record_id, kind, subject_id, value, as_of, category_code,
				    category_name, provider_code, document_number, projected_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows, 1000, (ps, row) -> {
			RecordFacts r = row.record();
			ps.setLong(1, r.recordId());
			ps.setString(2, row.fact().kind().name());
			ps.setLong(3, r.subject().value());
			ps.setString(4, row.fact().value());
			ps.setDate(5, Date.valueOf(r.asOf()));
			ps.setString(6, r.categoryCode());
			ps.setString(7, r.categoryName());
			ps.setString(8, r.providerCode());
			ps.setString(9, r.documentNumber());
			ps.setTimestamp(10, at);
		});
	}

	/** The facts every record of a subject states, with its item's publicity. */
	List<BasicDataRule.Candidate> candidates(SubjectId subject) {
		return this.jdbc.sql("""
				SELECT f.kind, f.record_id, f.value, f.as_of, f.category_code, f.category_name, f.provider_code,
				       f.document_number, i.status, i.record_status, i.publicity_start, i.publicity_until
				FROM creditfile_basic_fact f
				LEFT JOIN creditfile_item i ON i.record_id = f.record_id
				WHERE f.subject_id = :subject
				ORDER BY f.kind, f.as_of DESC, f.record_id DESC""").param("subject", subject.value()).query((rs, n) -> {
			String status = rs.getString("status");
			Date from = rs.getDate("publicity_start");
			Date until = rs.getDate("publicity_until");
			return new BasicDataRule.Candidate(Kind.valueOf(rs.getString("kind")), rs.getLong("record_id"),
					rs.getString("value"), rs.getDate("as_of").toLocalDate(), rs.getString("category_code"),
					rs.getString("category_name"), rs.getString("provider_code"), rs.getString("document_number"),
					(status != null) ? PublicityStatus.valueOf(status) : null,
					CreditRecord.Status.valueOf(rs.getString("record_status")),
					(from != null) ? from.toLocalDate() : null, (until != null) ? until.toLocalDate() : null);
		}).list();
	}

}
