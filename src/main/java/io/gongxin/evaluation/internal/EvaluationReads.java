package io.gongxin.evaluation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.evaluation.Contribution;
import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.EvaluationModel.Indicator;
import io.gongxin.evaluation.EvaluationModel.Veto;
import io.gongxin.evaluation.EvidenceSource;
import io.gongxin.evaluation.Explanation;
import io.gongxin.evaluation.Grade;
import io.gongxin.evaluation.GradeChange;
import io.gongxin.evaluation.ModelSql;
import io.gongxin.evaluation.SubjectEvaluation;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Grades as departments read them: a subject's evaluation with its indicators named, the
 * explanation (the evidence each indicator counted, by the same compiled rules that
 * graded it), the history, and the distribution of grades.
 */
@Component
public class EvaluationReads {

	private final JdbcClient jdbc;

	private final ModelStore models;

	private final Evaluator evaluator;

	EvaluationReads(JdbcClient jdbc, ModelStore models, Evaluator evaluator) {
		this.jdbc = jdbc;
		this.models = models;
		this.evaluator = evaluator;
	}

	EvaluationModel version(String code, int version) {
		return this.models.version(code, version).orElseThrow();
	}

	public Optional<SubjectEvaluation> evaluation(SubjectId subject, String modelCode) {
		return this.jdbc
			.sql("""
					SELECT r.model_code, r.model_version, r.score, r.grade, r.points, r.vetoed, r.evaluated_at, s.name, s.code
					FROM evaluation_result r JOIN evaluation_subject s ON s.subject_id = r.subject_id
					WHERE r.subject_id = ? AND r.model_code = ?""")
			.params(subject.value(), modelCode)
			.query((rs, i) -> evaluation(subject, rs))
			.optional();
	}

	public List<SubjectEvaluation> evaluations(SubjectId subject) {
		return this.jdbc
			.sql("""
					SELECT r.model_code, r.model_version, r.score, r.grade, r.points, r.vetoed, r.evaluated_at, s.name, s.code
					FROM evaluation_result r JOIN evaluation_subject s ON s.subject_id = r.subject_id
					WHERE r.subject_id = ? ORDER BY r.model_code""")
			.param(subject.value())
			.query((rs, i) -> evaluation(subject, rs))
			.list();
	}

	private SubjectEvaluation evaluation(SubjectId subject, ResultSet rs) throws SQLException {
		EvaluationModel model = version(rs.getString(1), rs.getInt(2));
		int[] points = Evaluator.ints(rs.getArray(5));
		List<Indicator> indicators = model.indicators();
		List<SubjectEvaluation.IndicatorPoints> named = new ArrayList<>();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			EvaluationModel.Group group = model.groupOf(indicator);
			named.add(new SubjectEvaluation.IndicatorPoints(group.code(), group.name(), indicator.code(),
					indicator.name(), indicator.doc(), (i < points.length) ? points[i] : 0, indicator.start(),
					indicator.max()));
		}
		return new SubjectEvaluation(subject, rs.getString(8), rs.getString(9), model.code(), model.name(),
				model.version(), rs.getInt(3), Grade.valueOf(rs.getString(4)), rs.getBoolean(6),
				rs.getTimestamp(7).toInstant(), named);
	}

	public Optional<Explanation> explain(SubjectId subject, String modelCode) {
		return evaluation(subject, modelCode).map(evaluation -> {
			EvaluationModel model = version(evaluation.modelCode(), evaluation.modelVersion());
			LocalDate today = this.evaluator.today();
			ModelSql sql = new ModelSql(model, today, ModelSql.Dialect.POSTGRES);
			List<Indicator> indicators = model.indicators();
			Object[] ids = new Object[sql.contributionParameters()];
			java.util.Arrays.fill(ids, subject.value());
			List<Contribution> contributions = this.jdbc.sql(sql.contributions()).params(ids).query((rs, i) -> {
				Indicator indicator = indicators.get(rs.getInt("indicator"));
				return new Contribution(indicator.code(), indicator.name(),
						EvidenceSource.valueOf(rs.getString("source")), rs.getString("ref"), rs.getString("category"),
						rs.getString("tier"), rs.getString("label"), rs.getObject("occurred_on", LocalDate.class),
						rs.getInt("points"));
			}).list();
			List<String> vetoes = new ArrayList<>();
			for (Veto veto : model.vetoes()) {
				boolean applies = this.jdbc.sql("""
						SELECT count(*) FROM evaluation_evidence
						WHERE subject_id = ? AND source = ? AND category = ANY (?)""")
					.params(subject.value(), veto.source().name(), veto.categories().toArray(String[]::new))
					.query(Long.class)
					.single() > 0;
				if (applies) {
					vetoes.add(veto.name() + "：等级最高为" + veto.cap().name() + "级");
				}
			}
			return new Explanation(evaluation, contributions, vetoes, model.band(evaluation.grade()).meaning(),
					history(subject, modelCode), Explanation.NOTICE);
		});
	}

	public List<GradeChange> history(SubjectId subject, String modelCode) {
		return this.jdbc.sql("""
				SELECT id, model_code, model_version, from_grade, to_grade, from_score, to_score, changed_at, cause
				FROM evaluation_grade_change WHERE subject_id = ? AND model_code = ? ORDER BY id DESC LIMIT 100""")
			.params(subject.value(), modelCode)
			.query((rs, i) -> new GradeChange(rs.getLong(1), rs.getString(2), rs.getInt(3),
					(rs.getString(4) == null) ? null : Grade.valueOf(rs.getString(4)), Grade.valueOf(rs.getString(5)),
					(Integer) rs.getObject(6), rs.getInt(7), rs.getTimestamp(8).toInstant(), rs.getString(9)))
			.list();
	}

	public Map<Grade, Long> distribution(String modelCode) {
		Map<Grade, Long> counts = new EnumMap<>(Grade.class);
		for (Grade grade : Grade.values()) {
			counts.put(grade, 0L);
		}
		this.jdbc.sql("SELECT grade, count(*) FROM evaluation_result WHERE model_code = ? GROUP BY grade")
			.param(modelCode)
			.query((rs, i) -> counts.put(Grade.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	/** A change of grade with the subject's name and code, for the desk. */
	public record NamedChange(GradeChange change, long subjectId, String subjectName, String subjectCode) {
	}

	public List<NamedChange> recentChanges(String modelCode, int limit) {
		return this.jdbc.sql("""
				SELECT c.id, c.model_code, c.model_version, c.from_grade, c.to_grade, c.from_score, c.to_score,
				       c.changed_at, c.cause, c.subject_id, s.name, s.code
				FROM evaluation_grade_change c JOIN evaluation_subject s ON s.subject_id = c.subject_id
				WHERE c.model_code = ? AND c.from_grade IS NOT NULL AND c.from_grade <> c.to_grade
				ORDER BY c.id DESC LIMIT ?""")
			.params(modelCode, limit)
			.query((rs,
					i) -> new NamedChange(new GradeChange(rs.getLong(1), rs.getString(2), rs.getInt(3),
							Grade.valueOf(rs.getString(4)), Grade.valueOf(rs.getString(5)), (Integer) rs.getObject(6),
							rs.getInt(7), rs.getTimestamp(8).toInstant(), rs.getString(9)), rs.getLong(10),
							rs.getString(11), rs.getString(12)))
			.list();
	}

}
