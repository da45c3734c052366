package io.gongxin.remedy.internal;

import java.sql.Timestamp;
import java.time.Instant;
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

	public long nextCaseId() {
		return this.jdbc.sql("SELECT nextval('remedy_case_seq')").query(Long.class).single();
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
