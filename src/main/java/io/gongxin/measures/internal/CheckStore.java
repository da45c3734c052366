package io.gongxin.measures.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.measures.FeedbackLine;
import io.gongxin.platform.PipelinedSql;
import io.gongxin.platform.SqlPipeline;

import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CheckStore {

	/** A stored check: what was asked, for which instant, and the answer given (JSON). */
	public record Stored(long id, String department, String scenario, String requestDigest, Instant checkedAt,
			String request, String answer, Long taskId, LocalDate feedbackDue, Instant feedbackAt) {
	}

	/** One row of the statistics before names are added. */
	public record Figures(String key, long checks, long measures, long applied, long notApplied, long pending,
			long overdue) {
	}

	public enum Grouping {

		DEPARTMENT("c.department_code"), MEASURE("m.measure_code"), SCENARIO("c.scenario");

		private final String column;

		Grouping(String column) {
			this.column = column;
		}

	}

	private final JdbcClient jdbc;

	private final SqlPipeline pipeline;

	CheckStore(JdbcClient jdbc, SqlPipeline pipeline) {
		this.jdbc = jdbc;
		this.pipeline = pipeline;
	}

	public Optional<Stored> byKey(String department, String idempotencyKey) {
		return this.jdbc
			.sql("SELECT * FROM credit_check WHERE department_code = :department AND idempotency_key = :key")
			.param("department", department)
			.param("key", idempotencyKey)
			.query(CheckStore::stored)
			.optional();
	}

	public Optional<Stored> find(long id) {
		return this.jdbc.sql("SELECT * FROM credit_check WHERE id = :id")
			.param("id", id)
			.query(CheckStore::stored)
			.optional();
	}

	public Optional<Stored> lock(long id) {
		return this.jdbc.sql("SELECT * FROM credit_check WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(CheckStore::stored)
			.optional();
	}

	private static final int BLOCK = 50;

	private long nextId;

	private long blockEnd;

	/**
	 * Reserves the check's id (the answer names it) before the answer is stored; ids come
	 * in blocks of 50 from the sequence (which steps by 50), so several platform
	 * instances never hand out the same one.
	 */
	public synchronized long nextId() {
		if (this.nextId >= this.blockEnd) {
			this.nextId = this.jdbc.sql("SELECT nextval('credit_check_ids')").query(Long.class).single();
			this.blockEnd = this.nextId + BLOCK;
		}
		return this.nextId++;
	}

	/**
	 * Drops the ids reserved but not yet handed out, so the next check takes a new block.
	 * For a database swapped under a running platform (the integration tests give each
	 * test class a fresh one): the reserved block belongs to the old database's sequence.
	 */
	public synchronized void forgetReservedIds() {
		this.nextId = 0;
		this.blockEnd = 0;
	}

	/** A check as stored; the request and the answer are JSON documents. */
	public record Row(long id, String department, String scenario, String idempotencyKey, String digest,
			Instant checkedAt, String checkedBy, int subjects, int sanctions, int incentives, String request,
			String answer, LocalDate feedbackDue) {
	}

	/**
	 * Stores the checks and the measures their answers named, in one round trip; returns
	 * the ids of the checks stored. A check whose idempotency key another check already
	 * holds is not stored, and neither are its measures.
	 */
	public List<Long> storeAll(List<Row> rows, List<Long> checkIds, List<Integer> subjectIndexes,
			List<String> measureCodes) {
		PipelinedSql<List<Long>> checks = PipelinedSql.query("""
				INSERT INTO credit_check (id, department_code, scenario, idempotency_key, request_digest, checked_at,
				    checked_by, subjects, sanctions, incentives, request, answer, feedback_due, audited)
				SELECT id, department, scenario, key, digest, at, by, subjects, sanctions, incentives,
				       CAST(request AS json), CAST(answer AS json), due, true
				FROM unnest(CAST(:ids AS bigint[]), CAST(:departments AS text[]), CAST(:scenarios AS text[]),
				            CAST(:keys AS text[]), CAST(:digests AS text[]), CAST(:ats AS timestamptz[]),
				            CAST(:bys AS text[]), CAST(:subjects AS int[]), CAST(:sanctions AS int[]),
				            CAST(:incentives AS int[]), CAST(:requests AS text[]), CAST(:answers AS text[]),
				            CAST(:dues AS date[]))
				     AS t (id, department, scenario, key, digest, at, by, subjects, sanctions, incentives, request,
				           answer, due)
				ON CONFLICT (department_code, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
				RETURNING id""",
				Map.ofEntries(Map.entry("ids", rows.stream().map(Row::id).toArray(Long[]::new)),
						Map.entry("departments", rows.stream().map(Row::department).toArray(String[]::new)),
						Map.entry("scenarios", rows.stream().map(Row::scenario).toArray(String[]::new)),
						Map.entry("keys", rows.stream().map(Row::idempotencyKey).toArray(String[]::new)),
						Map.entry("digests", rows.stream().map(Row::digest).toArray(String[]::new)),
						Map.entry("ats", rows.stream().map(row -> row.checkedAt().toString()).toArray(String[]::new)),
						Map.entry("bys", rows.stream().map(Row::checkedBy).toArray(String[]::new)),
						Map.entry("subjects", rows.stream().map(Row::subjects).toArray(Integer[]::new)),
						Map.entry("sanctions", rows.stream().map(Row::sanctions).toArray(Integer[]::new)),
						Map.entry("incentives", rows.stream().map(Row::incentives).toArray(Integer[]::new)),
						Map.entry("requests", rows.stream().map(Row::request).toArray(String[]::new)),
						Map.entry("answers", rows.stream().map(Row::answer).toArray(String[]::new)),
						Map.entry("dues",
								rows.stream()
									.map(row -> (row.feedbackDue() == null) ? null : row.feedbackDue().toString())
									.toArray(String[]::new))),
				new RowMapperResultSetExtractor<>((rs, n) -> rs.getLong(1)));
		// runs after the checks' insert in the same trip, so it sees which were stored
		PipelinedSql<Void> measures = checkIds.isEmpty() ? PipelinedSql.known(null)
				: PipelinedSql.command(
						"""
								INSERT INTO credit_check_measure (check_id, subject_index, measure_code)
								SELECT c, i, code
								FROM unnest(CAST(:checks AS bigint[]), CAST(:indexes AS int[]), CAST(:codes AS text[])) AS t (c, i, code)
								WHERE EXISTS (SELECT 1 FROM credit_check WHERE id = t.c)
								ON CONFLICT DO NOTHING""",
						Map.of("checks", checkIds.toArray(Long[]::new), "indexes",
								subjectIndexes.toArray(Integer[]::new), "codes", measureCodes.toArray(String[]::new)));
		return this.pipeline.all(List.of(checks, measures)).of(checks);
	}

	public void taskOpened(long checkId, long taskId) {
		this.jdbc.sql("UPDATE credit_check SET task_id = :task WHERE id = :id AND task_id IS NULL")
			.param("task", taskId)
			.param("id", checkId)
			.update();
	}

	public void feedback(long checkId, List<FeedbackLine> lines, String by, Instant at) {
		for (FeedbackLine line : lines) {
			this.jdbc
				.sql("""
						INSERT INTO credit_check_feedback (check_id, subject_index, measure_code, applied, note, reported_by, reported_at)
						VALUES (:check, :index, :code, :applied, :note, :by, :at)
						""")
				.param("check", checkId)
				.param("index", line.subjectIndex())
				.param("code", line.measureCode())
				.param("applied", line.applied())
				.param("note", (line.note() == null) ? null : line.note().strip())
				.param("by", by)
				.param("at", Timestamp.from(at))
				.update();
		}
		this.jdbc.sql("UPDATE credit_check SET feedback_at = :at WHERE id = :id")
			.param("at", Timestamp.from(at))
			.param("id", checkId)
			.update();
	}

	/**
	 * The days (in the zone) of the checks that named a measure but have no due day, not
	 * yet reported on: answered while the notice of the period's year was not loaded.
	 */
	public List<LocalDate> daysAwaitingDue(ZoneId zone) {
		return this.jdbc.sql("""
				SELECT DISTINCT CAST(checked_at AT TIME ZONE :zone AS date) AS day FROM credit_check
				WHERE feedback_due IS NULL AND sanctions + incentives > 0 AND feedback_at IS NULL
				ORDER BY day""").param("zone", zone.getId()).query(LocalDate.class).list();
	}

	/**
	 * Gives the checks of that day still awaiting a due day this one; returns how many.
	 */
	public int setDue(LocalDate day, LocalDate due, ZoneId zone) {
		return this.jdbc.sql("""
				UPDATE credit_check SET feedback_due = :due
				WHERE feedback_due IS NULL AND sanctions + incentives > 0 AND feedback_at IS NULL
				  AND checked_at >= :from AND checked_at < :to""")
			.param("due", due)
			.param("from", Timestamp.from(day.atStartOfDay(zone).toInstant()))
			.param("to", Timestamp.from(day.plusDays(1).atStartOfDay(zone).toInstant()))
			.update();
	}

	public List<FeedbackLine> feedbackOf(long checkId) {
		return this.jdbc.sql("""
				SELECT subject_index, measure_code, applied, note FROM credit_check_feedback WHERE check_id = :id
				ORDER BY subject_index, measure_code""")
			.param("id", checkId)
			.query((rs, n) -> new FeedbackLine(rs.getInt(1), rs.getString(2), rs.getBoolean(3), rs.getString(4)))
			.list();
	}

	/** Newest first, by keyset; one department or all. */
	public List<Stored> recent(String department, long beforeId, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM credit_check
				WHERE (CAST(:department AS TEXT) IS NULL OR department_code = :department) AND id < :before
				ORDER BY id DESC LIMIT :limit""")
			.param("department", department)
			.param("before", beforeId)
			.param("limit", limit)
			.query(CheckStore::stored)
			.list();
	}

	public List<Figures> figures(Grouping grouping, String department, LocalDate today, ZoneId zone) {
		String sql = """
				SELECT %1$s AS key, count(DISTINCT c.id) AS checks, count(*) AS measures,
				       count(*) FILTER (WHERE f.applied) AS applied,
				       count(*) FILTER (WHERE NOT f.applied) AS not_applied,
				       count(DISTINCT c.id) FILTER (WHERE c.feedback_at IS NULL) AS pending,
				       count(DISTINCT c.id) FILTER (WHERE (c.feedback_at IS NULL AND c.feedback_due < :today)
				           OR (c.feedback_at IS NOT NULL AND CAST(c.feedback_at AT TIME ZONE :zone AS date) > c.feedback_due)) AS overdue
				FROM credit_check c
				JOIN credit_check_measure m ON m.check_id = c.id
				LEFT JOIN credit_check_feedback f
				       ON f.check_id = m.check_id AND f.subject_index = m.subject_index AND f.measure_code = m.measure_code
				WHERE CAST(:department AS TEXT) IS NULL OR c.department_code = :department
				GROUP BY %1$s ORDER BY %1$s
				"""
			.formatted(grouping.column);
		return this.jdbc.sql(sql)
			.param("today", today)
			.param("zone", zone.getId())
			.param("department", department)
			.query((rs, n) -> new Figures(rs.getString("key"), rs.getLong("checks"), rs.getLong("measures"),
					rs.getLong("applied"), rs.getLong("not_applied"), rs.getLong("pending"), rs.getLong("overdue")))
			.list();
	}

	private static Stored stored(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp feedbackAt = rs.getTimestamp("feedback_at");
		long task = rs.getLong("task_id");
		Long taskId = rs.wasNull() ? null : task;
		return new Stored(rs.getLong("id"), rs.getString("department_code"), rs.getString("scenario"),
				rs.getString("request_digest"), rs.getTimestamp("checked_at").toInstant(), rs.getString("request"),
				rs.getString("answer"), taskId, rs.getObject("feedback_due", LocalDate.class),
				(feedbackAt != null) ? feedbackAt.toInstant() : null);
	}

}
