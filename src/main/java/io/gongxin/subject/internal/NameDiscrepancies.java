package io.gongxin.subject.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gongxin.platform.ActingUser;
import io.gongxin.subject.NameDiscrepancy;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class NameDiscrepancies {

	private final JdbcClient jdbc;

	private final Clock clock;

	NameDiscrepancies(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Idempotent: the same open discrepancy is recorded once however often it is
	 * reported.
	 */
	public void record(SubjectId subject, String registeredName, String reportedName, String source) {
		this.jdbc.sql("""
				INSERT INTO subject_name_discrepancy (subject_id, registered_name, reported_name, source, reported_at)
				VALUES (:subject, :registered, :reported, :source, :now)
				ON CONFLICT (subject_id, reported_name) WHERE status = 'OPEN' DO NOTHING
				""")
			.param("subject", subject.value())
			.param("registered", registeredName)
			.param("reported", reportedName)
			.param("source", source)
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	public List<NameDiscrepancy> open(long afterId, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM subject_name_discrepancy WHERE status = 'OPEN' AND id > :after ORDER BY id LIMIT :limit
				""").param("after", afterId).param("limit", limit).query((rs, n) -> map(rs)).list();
	}

	public Optional<NameDiscrepancy> get(long id) {
		return this.jdbc.sql("SELECT * FROM subject_name_discrepancy WHERE id = :id AND status = 'OPEN'")
			.param("id", id)
			.query((rs, n) -> map(rs))
			.optional();
	}

	public void decide(long id, boolean accept) {
		this.jdbc.sql("""
				UPDATE subject_name_discrepancy SET status = :status, decided_by = :by, decided_at = :now
				WHERE id = :id AND status = 'OPEN'
				""")
			.param("status", accept ? "ACCEPTED" : "DISMISSED")
			.param("by", ActingUser.currentName())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("id", id)
			.update();
	}

	private static NameDiscrepancy map(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new NameDiscrepancy(rs.getLong("id"), new SubjectId(rs.getLong("subject_id")),
				rs.getString("registered_name"), rs.getString("reported_name"), rs.getString("source"),
				rs.getTimestamp("reported_at").toInstant());
	}

}
