package io.gongxin.evaluation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.evaluation.AlertState;
import io.gongxin.evaluation.InterviewKind;
import io.gongxin.evaluation.RiskAlert;
import io.gongxin.evaluation.WatchListSuggestion;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Risk alerts and their interviews as stored. */
@Component
public class AlertStore {

	private static final String COLUMNS = """
			a.id, a.rule_code, a.rule_name, a.subject_id, s.name, s.code, a.department_code, a.reason, a.evidence_refs,
			a.state, a.suggestion, a.suggestion_note, a.raised_at, a.acknowledged_at, a.acknowledged_by, a.resolved_at,
			a.resolved_by, a.follow_up, a.task_id""";

	private final JdbcClient jdbc;

	AlertStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts an alert unless one of the rule is open for the subject and department. */
	public Optional<Long> raise(AlertRules.Finding finding, SubjectId subject, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO evaluation_alert (rule_code, rule_name, subject_id, department_code, reason, evidence_refs,
				                              state, suggestion, raised_at)
				VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)
				ON CONFLICT (rule_code, subject_id, department_code) WHERE state <> 'RESOLVED' DO NOTHING
				RETURNING id""")
			.params(finding.rule().code(), finding.rule().name(), subject.value(), finding.department(),
					finding.reason(), finding.refs().toArray(String[]::new),
					finding.rule().suggestWatchList() ? "PENDING" : "NONE", Timestamp.from(at))
			.query(Long.class)
			.optional();
	}

	public void attachTask(long alertId, long taskId) {
		this.jdbc.sql("UPDATE evaluation_alert SET task_id = ? WHERE id = ?").params(taskId, alertId).update();
	}

	public RiskAlert get(long id) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM evaluation_alert a "
					+ "LEFT JOIN evaluation_subject s ON s.subject_id = a.subject_id WHERE a.id = ?")
			.param(id)
			.query(this::alert)
			.optional()
			.orElseThrow(() -> new DomainException("GX-EVA-010", ProblemKind.NOT_FOUND, "No such risk alert.",
					Map.of("alert", id)));
	}

	/** Newest first; a department's own, or all ({@code null}); keyset on the id. */
	public List<RiskAlert> page(String department, AlertState state, long beforeId, int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM evaluation_alert a "
					+ "LEFT JOIN evaluation_subject s ON s.subject_id = a.subject_id "
					+ "WHERE a.id < ? AND (CAST(? AS TEXT) IS NULL OR a.department_code = ?) "
					+ "AND (CAST(? AS TEXT) IS NULL OR a.state = ?) ORDER BY a.id DESC LIMIT ?")
			.params(beforeId, department, department, (state == null) ? null : state.name(),
					(state == null) ? null : state.name(), limit)
			.query(this::alert)
			.list();
	}

	public List<RiskAlert> ofSubject(SubjectId subject) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM evaluation_alert a "
					+ "LEFT JOIN evaluation_subject s ON s.subject_id = a.subject_id WHERE a.subject_id = ? "
					+ "ORDER BY a.id DESC LIMIT 200")
			.param(subject.value())
			.query(this::alert)
			.list();
	}

	public List<RiskAlert> pendingSuggestions(int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM evaluation_alert a "
					+ "LEFT JOIN evaluation_subject s ON s.subject_id = a.subject_id WHERE a.suggestion = 'PENDING' "
					+ "ORDER BY a.id LIMIT ?")
			.param(limit)
			.query(this::alert)
			.list();
	}

	public boolean acknowledge(long id, String by, Instant at) {
		return this.jdbc.sql("""
				UPDATE evaluation_alert SET state = 'ACKNOWLEDGED', acknowledged_at = ?, acknowledged_by = ?
				WHERE id = ? AND state = 'OPEN'""").params(Timestamp.from(at), by, id).update() == 1;
	}

	public boolean resolve(long id, String followUp, String by, Instant at) {
		return this.jdbc.sql("""
				UPDATE evaluation_alert SET state = 'RESOLVED', resolved_at = ?, resolved_by = ?, follow_up = ?,
				    acknowledged_at = COALESCE(acknowledged_at, ?), acknowledged_by = COALESCE(acknowledged_by, ?)
				WHERE id = ? AND state <> 'RESOLVED'""")
			.params(Timestamp.from(at), by, followUp, Timestamp.from(at), by, id)
			.update() == 1;
	}

	public boolean decideSuggestion(long id, WatchListSuggestion decision, String note, String by) {
		return this.jdbc.sql("""
				UPDATE evaluation_alert SET suggestion = ?, suggestion_note = ?, suggestion_by = ?
				WHERE id = ? AND suggestion = 'PENDING'""").params(decision.name(), note, by, id).update() == 1;
	}

	public long interview(long alertId, InterviewKind kind, String department, LocalDate heldOn, String interviewee,
			String outcome, String by, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO evaluation_interview (alert_id, kind, department_code, held_on, interviewee, outcome,
				                                  recorded_by, recorded_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(alertId, kind.name(), department, heldOn, interviewee, outcome, by, Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	private List<RiskAlert.Interview> interviews(long alertId) {
		return this.jdbc.sql("""
				SELECT id, kind, department_code, held_on, interviewee, outcome, recorded_by, recorded_at
				FROM evaluation_interview WHERE alert_id = ? ORDER BY id""")
			.param(alertId)
			.query((rs, i) -> new RiskAlert.Interview(rs.getLong(1), InterviewKind.valueOf(rs.getString(2)),
					rs.getString(3), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6),
					rs.getString(7), rs.getTimestamp(8).toInstant()))
			.list();
	}

	private RiskAlert alert(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong(1);
		return new RiskAlert(id, rs.getString(2), rs.getString(3), new SubjectId(rs.getLong(4)), rs.getString(5),
				rs.getString(6), rs.getString(7), rs.getString(8), List.of((String[]) rs.getArray(9).getArray()),
				AlertState.valueOf(rs.getString(10)), WatchListSuggestion.valueOf(rs.getString(11)), rs.getString(12),
				instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)), rs.getString(15),
				instant(rs.getTimestamp(16)), rs.getString(17), rs.getString(18), (Long) rs.getObject(19),
				interviews(id));
	}

	private static Instant instant(Timestamp ts) {
		return (ts == null) ? null : ts.toInstant();
	}

}
