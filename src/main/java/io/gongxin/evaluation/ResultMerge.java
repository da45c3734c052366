package io.gongxin.evaluation;

/**
 * How a batch's scored rows (a table of {@code subject_id, points, score, cap, grade}, as
 * {@link ModelSql#scoring} gives them) become the platform's results, written once for
 * the platform's own batch and for the Spark runner: the model's lock, the history of
 * every first grade and change of score or grade, the results that differ, and the
 * subjects that left the scope. The table name is the caller's own staging table, never
 * input.
 */
public final class ResultMerge {

	/**
	 * The advisory-lock space of a model's results; the second key is the model code's
	 * hash.
	 */
	public static final int LOCK_SPACE = 7301;

	/**
	 * Exclusive lock of a model's results for a batch; parameters: {@link #LOCK_SPACE},
	 * model code.
	 */
	public static final String LOCK = "SELECT pg_advisory_xact_lock(?, hashtext(?))";

	/** Shared lock for single subjects, side by side; parameters as {@link #LOCK}. */
	public static final String LOCK_SHARED = "SELECT pg_advisory_xact_lock_shared(?, hashtext(?))";

	private ResultMerge() {
	}

	/**
	 * Inserts the history rows; returns {@code id, subject_id, from_grade, to_grade,
	 * from_score, to_score} of each. Parameters: model code, model version, changed at,
	 * cause, model code.
	 */
	public static String history(String scored) {
		return """
				INSERT INTO evaluation_grade_change (model_code, subject_id, model_version, from_grade, to_grade,
				                                     from_score, to_score, changed_at, cause)
				SELECT ?, n.subject_id, ?, r.grade, n.grade, r.score, n.score, ?, ?
				FROM %s n
				LEFT JOIN evaluation_result r ON r.model_code = ? AND r.subject_id = n.subject_id
				WHERE r.grade IS DISTINCT FROM n.grade OR r.score IS DISTINCT FROM n.score
				RETURNING id, subject_id, from_grade, to_grade, from_score, to_score""".formatted(table(scored));
	}

	/**
	 * Writes the results that are new or differ. Parameters: model code, model version,
	 * evaluated at.
	 */
	public static String upsert(String scored) {
		return """
				INSERT INTO evaluation_result (model_code, subject_id, model_version, score, grade, points, vetoed,
				                               evaluated_at)
				SELECT ?, n.subject_id, ?, n.score, n.grade, n.points, n.cap > 0, ? FROM %s n
				ON CONFLICT (model_code, subject_id) DO UPDATE SET model_version = EXCLUDED.model_version,
				    score = EXCLUDED.score, grade = EXCLUDED.grade, points = EXCLUDED.points, vetoed = EXCLUDED.vetoed,
				    evaluated_at = EXCLUDED.evaluated_at
				WHERE (evaluation_result.model_version, evaluation_result.score, evaluation_result.grade,
				       evaluation_result.points, evaluation_result.vetoed)
				      IS DISTINCT FROM (EXCLUDED.model_version, EXCLUDED.score, EXCLUDED.grade, EXCLUDED.points,
				                        EXCLUDED.vetoed)""".formatted(table(scored));
	}

	/**
	 * Removes the results of subjects that left the scope (deregistered, or no longer of
	 * a covered type); their history stays. Parameter: model code.
	 */
	public static String dropOutOfScope(String scored) {
		return """
				DELETE FROM evaluation_result r WHERE r.model_code = ?
				AND NOT EXISTS (SELECT 1 FROM %s n WHERE n.subject_id = r.subject_id)""".formatted(table(scored));
	}

	private static String table(String name) {
		if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
			throw new IllegalArgumentException("a staging table is a plain lower-case name");
		}
		return name;
	}

}
