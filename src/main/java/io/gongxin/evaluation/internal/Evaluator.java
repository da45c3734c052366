package io.gongxin.evaluation.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.Grade;
import io.gongxin.evaluation.GradeChanged;
import io.gongxin.evaluation.ModelSql;
import io.gongxin.evaluation.ResultMerge;
import io.gongxin.subject.SubjectId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs a model's compiled SQL: for every subject at once (one statement into a staging
 * table, then the changes of grade and the new results set-based) or for one subject
 * whose file changed, under the model's advisory lock.
 */
@Component
class Evaluator {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final String batchWorkMem;

	Evaluator(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events,
			@org.springframework.beans.factory.annotation.Value("${gongxin.evaluation.batch-work-mem:512MB}") String batchWorkMem) {
		if (!batchWorkMem.matches("\\d{1,6}(kB|MB|GB)")) {
			throw new IllegalArgumentException("gongxin.evaluation.batch-work-mem is a PostgreSQL size such as 512MB");
		}
		this.batchWorkMem = batchWorkMem;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	java.time.Instant now() {
		return this.clock.instant();
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** A result as stored. */
	record Stored(int version, int score, Grade grade, int[] points, boolean vetoed, Instant evaluatedAt) {
	}

	/**
	 * A change of score recorded in the history (from {@code null} for a first grade);
	 * only a change of grade is published.
	 */
	record Change(long id, SubjectId subject, Grade from, Grade to, Integer fromScore, int toScore) {

		boolean regraded() {
			return this.from != this.to;
		}

	}

	/** Evaluates every subject in the model's scope; must run in a transaction. */
	List<Change> evaluateAll(EvaluationModel model, String cause) {
		lock(model, false);
		Timestamp now = Timestamp.from(this.clock.instant());
		String scoring = new ModelSql(model, today(), ModelSql.Dialect.POSTGRES).scoring(null);
		// one hash aggregate over every subject: in memory, not sorted on disk in pieces
		this.jdbc.sql("SET LOCAL work_mem = '" + this.batchWorkMem + "'").update();
		this.jdbc.sql("CREATE TEMP TABLE evaluation_scored ON COMMIT DROP AS " + scoring).update();
		this.jdbc.sql("CREATE INDEX ON evaluation_scored (subject_id)").update();
		this.jdbc.sql("ANALYZE evaluation_scored").update();
		List<Change> changes = this.jdbc.sql(ResultMerge.history("evaluation_scored"))
			.params(model.code(), model.version(), now, cause, model.code())
			.query((rs, i) -> new Change(rs.getLong(1), new SubjectId(rs.getLong(2)), grade(rs.getString(3)),
					Grade.valueOf(rs.getString(4)), (Integer) rs.getObject(5), rs.getInt(6)))
			.list();
		this.jdbc.sql(ResultMerge.upsert("evaluation_scored")).params(model.code(), model.version(), now).update();
		this.jdbc.sql(ResultMerge.dropOutOfScope("evaluation_scored")).param(model.code()).update();
		List<Change> regraded = changes.stream().filter(Change::regraded).toList();
		publish(model, regraded, now.toInstant());
		return regraded;
	}

	/**
	 * Re-evaluates one subject; must run in a transaction. Empty when nothing changed.
	 */
	Optional<Change> evaluate(EvaluationModel model, SubjectId subject, String cause) {
		lock(model, true);
		Instant now = this.clock.instant();
		String scoring = new ModelSql(model, today(), ModelSql.Dialect.POSTGRES).scoringOne();
		Optional<Stored> fresh = this.jdbc.sql(scoring)
			.params(subject.value(), subject.value())
			.query((rs, i) -> new Stored(model.version(), rs.getInt("score"), Grade.valueOf(rs.getString("grade")),
					ints(rs.getArray("points")), rs.getInt("cap") > 0, now))
			.optional();
		Optional<Stored> before = stored(model.code(), subject);
		if (fresh.isEmpty()) {
			before.ifPresent(b -> this.jdbc.sql("DELETE FROM evaluation_result WHERE model_code = ? AND subject_id = ?")
				.params(model.code(), subject.value())
				.update());
			return Optional.empty();
		}
		Stored n = fresh.get();
		if (before.isPresent() && before.get().score() == n.score() && before.get().grade() == n.grade()
				&& java.util.Arrays.equals(before.get().points(), n.points()) && before.get().vetoed() == n.vetoed()
				&& before.get().version() == n.version()) {
			return Optional.empty();
		}
		this.jdbc.sql("""
				INSERT INTO evaluation_result (model_code, subject_id, model_version, score, grade, points, vetoed,
				                               evaluated_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (model_code, subject_id) DO UPDATE SET model_version = EXCLUDED.model_version,
				    score = EXCLUDED.score, grade = EXCLUDED.grade, points = EXCLUDED.points, vetoed = EXCLUDED.vetoed,
				    evaluated_at = EXCLUDED.evaluated_at""")
			.params(model.code(), subject.value(), model.version(), n.score(), n.grade().name(), boxed(n.points()),
					n.vetoed(), Timestamp.from(now))
			.update();
		Integer fromScore = before.map(Stored::score).orElse(null);
		Grade from = before.map(Stored::grade).orElse(null);
		long id = this.jdbc.sql("""
				INSERT INTO evaluation_grade_change (model_code, subject_id, model_version, from_grade, to_grade,
				                                     from_score, to_score, changed_at, cause)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(model.code(), subject.value(), model.version(), (from == null) ? null : from.name(),
					n.grade().name(), fromScore, n.score(), Timestamp.from(now), cause)
			.query(Long.class)
			.single();
		Change change = new Change(id, subject, from, n.grade(), fromScore, n.score());
		if (!change.regraded()) {
			return Optional.empty();
		}
		publish(model, List.of(change), now);
		return Optional.of(change);
	}

	Optional<Stored> stored(String modelCode, SubjectId subject) {
		return this.jdbc.sql("""
				SELECT model_version, score, grade, points, vetoed, evaluated_at FROM evaluation_result
				WHERE model_code = ? AND subject_id = ?""")
			.params(modelCode, subject.value())
			.query((rs, i) -> new Stored(rs.getInt(1), rs.getInt(2), Grade.valueOf(rs.getString(3)),
					ints(rs.getArray(4)), rs.getBoolean(5), rs.getTimestamp(6).toInstant()))
			.optional();
	}

	private void publish(EvaluationModel model, List<Change> changes, Instant at) {
		for (Change change : changes) {
			if (change.from() != null) {
				this.events.publishEvent(new GradeChanged(change.id(), change.subject(), model.code(), model.name(),
						model.sector(), change.from(), change.to(), change.fromScore(), change.toScore(), at));
			}
		}
	}

	/**
	 * Subjects are re-evaluated side by side (shared), a batch alone (exclusive): a batch
	 * never overwrites a newer single result, nor a single one the batch's.
	 */
	private void lock(EvaluationModel model, boolean shared) {
		this.jdbc.sql(shared ? ResultMerge.LOCK_SHARED : ResultMerge.LOCK)
			.params(ResultMerge.LOCK_SPACE, model.code())
			.query(Object.class)
			.single();
	}

	private static Grade grade(String text) {
		return (text == null) ? null : Grade.valueOf(text);
	}

	static int[] ints(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		int[] ints = new int[values.length];
		for (int i = 0; i < values.length; i++) {
			ints[i] = ((Number) values[i]).intValue();
		}
		return ints;
	}

	private static Integer[] boxed(int[] points) {
		Integer[] boxed = new Integer[points.length];
		for (int i = 0; i < points.length; i++) {
			boxed[i] = points[i];
		}
		return boxed;
	}

	static List<Integer> list(int[] points) {
		List<Integer> list = new ArrayList<>();
		for (int p : points) {
			list.add(p);
		}
		return list;
	}

}
