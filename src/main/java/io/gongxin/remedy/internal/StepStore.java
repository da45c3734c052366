package io.gongxin.remedy.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.gongxin.remedy.CaseStep;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The written record of every step of a remedy case. */
@Repository
public class StepStore {

	/** The two kinds of case. */
	public enum CaseKind {

		OBJECTION, REPAIR, CORRECTION

	}

	private final JdbcClient jdbc;

	StepStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new case's id and its 查询码: the kind's prefix, the filing day and the id. */
	public record NewCase(long id, String reference) {
	}

	public NewCase nextCase(String prefix, LocalDate day) {
		long id = this.jdbc.sql("SELECT nextval('remedy_case_seq')").query(Long.class).single();
		return new NewCase(id, prefix + day.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%06d", id));
	}

	public void record(CaseKind kind, long caseId, Instant at, String actor, String from, String to, String note) {
		this.jdbc.sql("""
				INSERT INTO remedy_step (case_kind, case_id, at, actor, from_state, to_state, note)
				VALUES (:kind, :id, :at, :actor, :from, :to, :note)
				""")
			.param("kind", kind.name())
			.param("id", caseId)
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("from", from)
			.param("to", to)
			.param("note", note)
			.update();
	}

	public List<CaseStep> of(CaseKind kind, long caseId) {
		return this.jdbc.sql("""
				SELECT at, actor, from_state, to_state, note FROM remedy_step
				WHERE case_kind = :kind AND case_id = :id ORDER BY id
				""")
			.param("kind", kind.name())
			.param("id", caseId)
			.query((rs, n) -> new CaseStep(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					rs.getString("from_state"), rs.getString("to_state"), rs.getString("note")))
			.list();
	}

}
