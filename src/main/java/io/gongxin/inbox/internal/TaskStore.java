package io.gongxin.inbox.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.inbox.DepartmentBacklog;
import io.gongxin.inbox.NewTask;
import io.gongxin.inbox.Task;
import io.gongxin.inbox.TaskChange;
import io.gongxin.inbox.TaskState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inbox tables. Only the inbox facade uses it. */
@Repository
public class TaskStore {

	private static final String OPEN_STATES = "('OPEN', 'IN_PROGRESS')";

	private final JdbcClient jdbc;

	TaskStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A task to open, with its start and due dates (no due day: see CountedDays). */
	public record Opening(NewTask task, LocalDate start, LocalDate due) {
	}

	/**
	 * Inserts the tasks in one statement; returns those opened, without the ones whose
	 * source already has a task.
	 */
	public List<Task> insertAll(List<Opening> openings, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO inbox_task (type_code, type_name, department_code, title, subject_name, subject_code,
				                        subject_is_person, source_ref, legal_basis, working_days, start_date, due_date,
				                        state, created_at)
				SELECT type_code, type_name, department_code, title, subject_name, subject_code, subject_is_person,
				       source_ref, legal_basis, working_days, start_date, due_date, 'OPEN', :at
				FROM unnest(:typeCodes, :typeNames, :departments, :titles, :subjectNames, :subjectCodes, :persons,
				            :sources, :bases, :days, CAST(:starts AS date[]), CAST(:dues AS date[]))
				     AS t (type_code, type_name, department_code, title, subject_name, subject_code, subject_is_person,
				           source_ref, legal_basis, working_days, start_date, due_date)
				ON CONFLICT (source_ref) DO NOTHING RETURNING *
				""")
			.param("at", Timestamp.from(at))
			.param("typeCodes", column(openings, o -> o.task().type().code()))
			.param("typeNames", column(openings, o -> o.task().type().name()))
			.param("departments", column(openings, o -> o.task().departmentCode()))
			.param("titles", column(openings, o -> o.task().title()))
			.param("subjectNames", column(openings, o -> o.task().subjectName()))
			.param("subjectCodes", column(openings, o -> o.task().subjectCode()))
			.param("persons", openings.stream().map(o -> o.task().subjectIsPerson()).toArray(Boolean[]::new))
			.param("sources", column(openings, o -> o.task().sourceRef()))
			.param("bases", column(openings, o -> o.task().type().legalBasis()))
			.param("days", openings.stream().map(o -> o.task().type().workingDays()).toArray(Integer[]::new))
			.param("starts", column(openings, o -> o.start().toString()))
			.param("dues", column(openings, o -> (o.due() == null) ? null : o.due().toString()))
			.query(TaskStore::task)
			.list();
	}

	private static String[] column(List<Opening> openings, java.util.function.Function<Opening, String> value) {
		return openings.stream().map(value).toArray(String[]::new);
	}

	public List<Task> bySources(List<String> sourceRefs) {
		if (sourceRefs.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT * FROM inbox_task WHERE source_ref = ANY (:sources)")
			.param("sources", sourceRefs.toArray(String[]::new))
			.query(TaskStore::task)
			.list();
	}

	/** The opening of each task in its history. */
	public void historyAll(List<Long> ids, Instant at, String actor, TaskState to) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO inbox_task_history (task_id, at, actor, from_state, to_state, note)
				SELECT id, :at, :actor, NULL, :to, NULL FROM unnest(:ids) AS t (id)
				""")
			.param("ids", ids.toArray(Long[]::new))
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("to", to.name())
			.update();
	}

	public Optional<Task> find(long id) {
		return this.jdbc.sql("SELECT * FROM inbox_task WHERE id = :id")
			.param("id", id)
			.query(TaskStore::task)
			.optional();
	}

	public Optional<Task> bySource(String sourceRef) {
		return this.jdbc.sql("SELECT * FROM inbox_task WHERE source_ref = :source")
			.param("source", sourceRef)
			.query(TaskStore::task)
			.optional();
	}

	/**
	 * Moves the task if it is still in {@code from}; false when someone moved it
	 * meanwhile.
	 */
	public boolean move(long id, TaskState from, TaskState to, String department, LocalDate finishedOn, String outcome,
			Instant at, String actor, String note) {
		int changed = this.jdbc.sql("""
				UPDATE inbox_task SET state = :to, department_code = :department,
				       finished_on = :finishedOn, finished_at = CASE WHEN :finished THEN CAST(:at AS TIMESTAMPTZ) END,
				       outcome = COALESCE(:outcome, outcome)
				WHERE id = :id AND state = :from
				""")
			.param("to", to.name())
			.param("department", department)
			.param("finishedOn", (finishedOn == null) ? null : Date.valueOf(finishedOn))
			.param("finished", to.finished())
			.param("at", Timestamp.from(at))
			.param("outcome", outcome)
			.param("id", id)
			.param("from", from.name())
			.update();
		if (changed == 1) {
			history(id, at, actor, from, to, note);
		}
		return changed == 1;
	}

	/**
	 * Moves an unfinished task's due date (an extension granted under its rule);
	 * reminders and overdue notices are sent again for the new date. False when it was
	 * finished.
	 */
	public boolean extend(long id, LocalDate due) {
		return this.jdbc.sql("""
				UPDATE inbox_task SET due_date = :due, reminded_at = NULL, overdue_notified_at = NULL
				WHERE id = :id AND state IN ('OPEN', 'IN_PROGRESS')
				""").param("id", id).param("due", Date.valueOf(due)).update() == 1;
	}

	public void history(long id, Instant at, String actor, TaskState from, TaskState to, String note) {
		this.jdbc.sql("""
				INSERT INTO inbox_task_history (task_id, at, actor, from_state, to_state, note)
				VALUES (:id, :at, :actor, :from, :to, :note)
				""")
			.param("id", id)
			.param("at", Timestamp.from(at))
			.param("actor", actor)
			.param("from", (from == null) ? null : from.name())
			.param("to", to.name())
			.param("note", note)
			.update();
	}

	public List<TaskChange> historyOf(long id) {
		return this.jdbc.sql("SELECT * FROM inbox_task_history WHERE task_id = :id ORDER BY id")
			.param("id", id)
			.query((rs, n) -> new TaskChange(rs.getTimestamp("at").toInstant(), rs.getString("actor"),
					(rs.getString("from_state") == null) ? null : TaskState.valueOf(rs.getString("from_state")),
					TaskState.valueOf(rs.getString("to_state")), rs.getString("note")))
			.list();
	}

	/**
	 * A department's tasks in the given states, by due date then id, those without a due
	 * day last; keyset after (due, id), a {@code null} due meaning after a task without
	 * one.
	 */
	public List<Task> ofDepartment(String department, List<TaskState> states, LocalDate afterDue, long afterId,
			int limit) {
		return this.jdbc.sql("""
				SELECT * FROM inbox_task
				WHERE department_code = :department AND state IN (:states)
				  AND (CASE WHEN CAST(:afterDue AS date) IS NULL THEN due_date IS NULL AND id > :afterId
				            ELSE (due_date, id) > (:afterDue, :afterId) OR due_date IS NULL END)
				ORDER BY due_date NULLS LAST, id LIMIT :limit
				""")
			.param("department", department)
			.param("states", states.stream().map(Enum::name).toList())
			.param("afterDue", (afterDue == null) ? null : Date.valueOf(afterDue))
			.param("afterId", afterId)
			.param("limit", limit)
			.query(TaskStore::task)
			.list();
	}

	/** Unfinished or finished tasks opened without a due day, oldest first. */
	public List<Task> withoutDue(long afterId, int limit) {
		return this.jdbc.sql("SELECT * FROM inbox_task WHERE due_date IS NULL AND id > :after ORDER BY id LIMIT :limit")
			.param("after", afterId)
			.param("limit", limit)
			.query(TaskStore::task)
			.list();
	}

	/** Sets the due day of a task opened without one; false when it has one already. */
	public boolean setDue(long id, LocalDate due) {
		return this.jdbc.sql("UPDATE inbox_task SET due_date = :due WHERE id = :id AND due_date IS NULL")
			.param("due", Date.valueOf(due))
			.param("id", id)
			.update() == 1;
	}

	/** Unfinished tasks due in [from, to], every department or one. */
	public List<Task> dueBetween(String department, LocalDate from, LocalDate to, int limit) {
		return this.jdbc.sql("SELECT * FROM inbox_task WHERE state IN " + OPEN_STATES + """
				 AND due_date BETWEEN :from AND :to
				  AND (CAST(:department AS TEXT) IS NULL OR department_code = :department)
				ORDER BY due_date, id LIMIT :limit
				""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("department", department)
			.param("limit", limit)
			.query(TaskStore::task)
			.list();
	}

	/** Unfinished tasks not yet reminded, due by {@code latest} and not overdue. */
	public List<Task> toRemind(LocalDate today, LocalDate latest, int limit) {
		return this.jdbc.sql("SELECT * FROM inbox_task WHERE state IN " + OPEN_STATES + """
				 AND reminded_at IS NULL AND due_date >= :today AND due_date <= :latest
				ORDER BY id LIMIT :limit
				""")
			.param("today", Date.valueOf(today))
			.param("latest", Date.valueOf(latest))
			.param("limit", limit)
			.query(TaskStore::task)
			.list();
	}

	public List<Task> newlyOverdue(LocalDate today, int limit) {
		return this.jdbc.sql("SELECT * FROM inbox_task WHERE state IN " + OPEN_STATES + """
				 AND overdue_notified_at IS NULL AND due_date < :today
				ORDER BY id LIMIT :limit
				""").param("today", Date.valueOf(today)).param("limit", limit).query(TaskStore::task).list();
	}

	public boolean markReminded(long id, Instant at) {
		return this.jdbc.sql("UPDATE inbox_task SET reminded_at = :at WHERE id = :id AND reminded_at IS NULL")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update() == 1;
	}

	public boolean markOverdueNotified(long id, Instant at) {
		return this.jdbc
			.sql("UPDATE inbox_task SET overdue_notified_at = :at WHERE id = :id AND overdue_notified_at IS NULL")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update() == 1;
	}

	/** Open, near-due and overdue counts of every department with unfinished work. */
	public List<DepartmentBacklog> backlog(LocalDate today, LocalDate nearDueUntil) {
		return this.jdbc.sql("SELECT department_code, count(*) AS open," + """
				       count(*) FILTER (WHERE due_date >= :today AND due_date <= :near) AS near_due,
				       count(*) FILTER (WHERE due_date < :today) AS overdue
				FROM inbox_task WHERE state IN
				""" + OPEN_STATES + " GROUP BY department_code ORDER BY department_code")
			.param("today", Date.valueOf(today))
			.param("near", Date.valueOf(nearDueUntil))
			.query((rs, n) -> new DepartmentBacklog(rs.getString("department_code"), null, rs.getLong("open"),
					rs.getLong("near_due"), rs.getLong("overdue")))
			.list();
	}

	/** Tasks finished as done in [from, to], one department or all. */
	public List<Task> doneBetween(String department, LocalDate from, LocalDate to, long afterId, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM inbox_task
				WHERE state = 'DONE' AND finished_on BETWEEN :from AND :to AND id > :after
				  AND (CAST(:department AS TEXT) IS NULL OR department_code = :department)
				ORDER BY id LIMIT :limit
				""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("department", department)
			.param("after", afterId)
			.param("limit", limit)
			.query(TaskStore::task)
			.list();
	}

	static Task task(ResultSet rs, int row) throws SQLException {
		Date finished = rs.getDate("finished_on");
		return new Task(rs.getLong("id"), rs.getString("type_code"), rs.getString("type_name"),
				rs.getString("department_code"), rs.getString("title"), rs.getString("subject_name"),
				rs.getString("subject_code"), rs.getBoolean("subject_is_person"), rs.getString("source_ref"),
				rs.getString("legal_basis"), rs.getInt("working_days"), rs.getDate("start_date").toLocalDate(),
				rs.getObject("due_date", LocalDate.class), TaskState.valueOf(rs.getString("state")),
				rs.getTimestamp("created_at").toInstant(), (finished == null) ? null : finished.toLocalDate(),
				rs.getString("outcome"));
	}

}
