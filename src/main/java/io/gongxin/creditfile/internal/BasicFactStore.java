package io.gongxin.creditfile.internal;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.creditfile.BasicData.Kind;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every fact of basic data each record states, and the publicity of its record. */
@Repository
class BasicFactStore {

	/** One fact as a record states it. */
	record Stated(Kind kind, String value) {
	}

	private final JdbcClient jdbc;

	BasicFactStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes the stored facts of a record exactly {@code facts}: a record corrected to
	 * leave a fact blank, or one no longer a source, states nothing any more.
	 */
	void replace(long recordId, SubjectId subject, LocalDate asOf, String categoryCode, String categoryName,
			String providerCode, String documentNumber, List<Stated> facts, Instant now) {
		this.jdbc.sql("DELETE FROM creditfile_basic_fact WHERE record_id = :id").param("id", recordId).update();
		for (Stated fact : facts) {
			this.jdbc
				.sql("""
						INSERT INTO creditfile_basic_fact (record_id, kind, subject_id, value, as_of, category_code,
						    category_name, provider_code, document_number, projected_at)
						VALUES (:id, :kind, :subject, :value, :asOf, :category, :categoryName, :provider, :document, :now)""")
				.param("id", recordId)
				.param("kind", fact.kind().name())
				.param("subject", subject.value())
				.param("value", fact.value())
				.param("asOf", Date.valueOf(asOf))
				.param("category", categoryCode)
				.param("categoryName", categoryName)
				.param("provider", providerCode)
				.param("document", documentNumber)
				.param("now", java.sql.Timestamp.from(now))
				.update();
		}
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
