package io.gongxin.remedy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.remedy.BankruptcyPlan;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class BankruptcyStore {

	private final JdbcClient jdbc;

	BankruptcyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the ruling; empty when the same court's ruling was recorded before. */
	public Optional<Long> insert(SubjectId subject, String subjectName, BankruptcyPlan.Kind kind, String court,
			String ruling, LocalDate approvedOn, String by, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO remedy_bankruptcy (subject_id, subject_name, kind, court, ruling_number, approved_on,
				    recorded_by, recorded_at)
				VALUES (:subject, :name, :kind, :court, :ruling, :approvedOn, :by, :at)
				ON CONFLICT (court, ruling_number) DO NOTHING RETURNING id
				""")
			.param("subject", subject.value())
			.param("name", subjectName)
			.param("kind", kind.name())
			.param("court", court)
			.param("ruling", ruling)
			.param("approvedOn", approvedOn)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.optional();
	}

	public boolean end(long id, LocalDate endedOn, String reason) {
		return this.jdbc.sql("""
				UPDATE remedy_bankruptcy SET ended_on = :endedOn, end_reason = :reason
				WHERE id = :id AND ended_on IS NULL
				""").param("id", id).param("endedOn", endedOn).param("reason", reason).update() == 1;
	}

	public Optional<BankruptcyPlan> find(long id) {
		return this.jdbc.sql("SELECT * FROM remedy_bankruptcy WHERE id = :id")
			.param("id", id)
			.query(BankruptcyStore::map)
			.optional();
	}

	public Optional<BankruptcyPlan> byRuling(String court, String ruling) {
		return this.jdbc.sql("SELECT * FROM remedy_bankruptcy WHERE court = :court AND ruling_number = :ruling")
			.param("court", court)
			.param("ruling", ruling)
			.query(BankruptcyStore::map)
			.optional();
	}

	public List<BankruptcyPlan> ofSubject(SubjectId subject) {
		return this.jdbc
			.sql("SELECT * FROM remedy_bankruptcy WHERE subject_id = :subject ORDER BY approved_on DESC, id")
			.param("subject", subject.value())
			.query(BankruptcyStore::map)
			.list();
	}

	private static BankruptcyPlan map(ResultSet rs, int row) throws SQLException {
		return new BankruptcyPlan(rs.getLong("id"), new SubjectId(rs.getLong("subject_id")),
				rs.getString("subject_name"), BankruptcyPlan.Kind.valueOf(rs.getString("kind")), rs.getString("court"),
				rs.getString("ruling_number"), rs.getObject("approved_on", LocalDate.class),
				rs.getObject("ended_on", LocalDate.class), rs.getString("end_reason"));
	}

}
