package io.gongxin.commitment.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gongxin.commitment.CommitmentKind;
import io.gongxin.commitment.CommitmentState;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The figures' running totals, kept in the transaction that signs or records a finding
 * (counting a province's millions of commitments on every dashboard view would take
 * seconds), and the figures read from them: pending is what remains, overdue is counted
 * through the partial index of unsettled commitments.
 */
@Repository
public class CommitmentTally {

	private final JdbcClient jdbc;

	CommitmentTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One more signed, and the subject noted as committed to the department. */
	void signed(String department, CommitmentKind kind, SubjectId subject) {
		add(department, kind, "signed", subject);
	}

	/** One more found kept or broken. */
	void found(String department, CommitmentKind kind, CommitmentState state) {
		add(department, kind, (state == CommitmentState.BROKEN) ? "broken" : "fulfilled", null);
	}

	private void add(String department, CommitmentKind kind, String column, SubjectId subject) {
		this.jdbc
			.sql("INSERT INTO commitment_tally (department_code, kind, " + column + ") VALUES (:d, :k, 1)"
					+ " ON CONFLICT (department_code, kind) DO UPDATE SET " + column + " = commitment_tally." + column
					+ " + 1")
			.param("d", department)
			.param("k", kind.name())
			.update();
		if (subject != null) {
			this.jdbc.sql("""
					INSERT INTO commitment_subject (subject_id, department_code, kind) VALUES (:s, :d, :k)
					ON CONFLICT DO NOTHING
					""").param("s", subject.value()).param("d", department).param("k", kind.name()).update();
		}
	}

	/** One line of the figures: per department and kind. */
	public record Counts(String departmentCode, CommitmentKind kind, long signed, long subjects, long pending,
			long overdue, long fulfilled, long broken) {
	}

	public List<Counts> counts(String department, LocalDate day) {
		Map<String, Long> overdue = new java.util.HashMap<>();
		Map<String, Long> subjects = new java.util.HashMap<>();
		this.jdbc
			.sql("""
					SELECT department_code, kind, count(*) FROM commitment
					WHERE NOT settled AND due_on < :day AND (CAST(:department AS TEXT) IS NULL OR department_code = :department)
					GROUP BY department_code, kind
					""")
			.param("day", Date.valueOf(day))
			.param("department", department)
			.query((rs, n) -> overdue.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3)))
			.list();
		this.jdbc.sql("""
				SELECT department_code, kind, count(*) FROM commitment_subject
				WHERE CAST(:department AS TEXT) IS NULL OR department_code = :department GROUP BY department_code, kind
				""")
			.param("department", department)
			.query((rs, n) -> subjects.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3)))
			.list();
		return this.jdbc.sql("""
				SELECT * FROM commitment_tally
				WHERE CAST(:department AS TEXT) IS NULL OR department_code = :department
				ORDER BY department_code, kind
				""").param("department", department).query((rs, n) -> {
			String code = rs.getString("department_code");
			String kind = rs.getString("kind");
			long signed = rs.getLong("signed");
			long fulfilled = rs.getLong("fulfilled");
			long broken = rs.getLong("broken");
			return new Counts(code, CommitmentKind.valueOf(kind), signed, subjects.getOrDefault(code + "/" + kind, 0L),
					signed - fulfilled - broken, overdue.getOrDefault(code + "/" + kind, 0L), fulfilled, broken);
		}).list();
	}

	/** Distinct subjects with a commitment (to the department, or to any). */
	public long subjectsWithCommitments(String department) {
		return (department != null) ? this.jdbc
			.sql("SELECT count(DISTINCT subject_id) FROM commitment_subject WHERE department_code = :department")
			.param("department", department)
			.query(Long.class)
			.single()
				: this.jdbc.sql("SELECT count(DISTINCT subject_id) FROM commitment_subject").query(Long.class).single();
	}

}
