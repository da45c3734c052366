package io.gongxin.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import io.gongxin.evaluation.EvaluationModel.AgeStep;
import io.gongxin.evaluation.EvaluationModel.Indicator;
import io.gongxin.evaluation.EvaluationModel.Rule;
import io.gongxin.evaluation.EvaluationModel.RuleKind;
import io.gongxin.evaluation.EvaluationModel.Veto;

/**
 * A model compiled to SQL over two tables, {@code evaluation_subject} and
 * {@code evaluation_evidence}: the one definition of every rule, run by PostgreSQL for
 * the platform and by Spark SQL for national-scale runs. Only validated codes and numbers
 * of the model reach the text; dates are the cut-offs of the evaluation day, so the same
 * statement gives the same grades on both engines.
 */
public final class ModelSql {

	/** The SQL dialects the statements are written for. */
	public enum Dialect {

		POSTGRES("ARRAY["), SPARK("array(");

		private final String arrayOpen;

		Dialect(String arrayOpen) {
			this.arrayOpen = arrayOpen;
		}

		String array(List<String> items) {
			return this.arrayOpen + String.join(", ", items) + (this == POSTGRES ? "]" : ")");
		}

	}

	private final EvaluationModel model;

	private final LocalDate asOf;

	private final Dialect dialect;

	public ModelSql(EvaluationModel model, LocalDate asOf, Dialect dialect) {
		this.model = Objects.requireNonNull(model, "model");
		this.asOf = Objects.requireNonNull(asOf, "asOf");
		this.dialect = Objects.requireNonNull(dialect, "dialect");
	}

	/**
	 * One row per subject in the model's scope: {@code subject_id}, {@code points} (each
	 * indicator in model order), {@code score}, {@code cap} (the worst grade a veto
	 * allows, as a rank; 0 for none) and {@code grade}.
	 * @param subjectCondition an extra condition on {@code s} (e.g.
	 * {@code s.subject_id = ?}), or {@code null}; it narrows the subjects, not the
	 * evidence aggregated (use {@link #scoringOne()} for one subject)
	 */
	public String scoring(String subjectCondition) {
		return scoring(null, subjectCondition);
	}

	/** {@link #scoring(String)} of one subject: two parameters, both its id. */
	public String scoringOne() {
		return scoring("e.subject_id = ?", "s.subject_id = ?");
	}

	/**
	 * The evidence is summed per subject first (one pass over the evidence, in memory),
	 * then joined to the subjects, whose age and scope are read once each.
	 */
	private String scoring(String evidenceCondition, String subjectCondition) {
		List<Indicator> indicators = this.model.indicators();
		List<String> sums = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		for (int i = 0; i < indicators.size(); i++) {
			Indicator indicator = indicators.get(i);
			Rule rule = indicator.rule();
			String raw;
			if (rule.kind() == RuleKind.ITEMS) {
				sums.add("SUM(CASE WHEN " + matches(rule.source(), rule.categories(), rule.withinMonths()) + " THEN "
						+ itemPoints(rule) + " END) AS r" + i);
				raw = indicator.start() + " + COALESCE(a.r" + i + ", 0)";
			}
			else {
				raw = indicator.start() + " + " + age(rule);
			}
			columns.add("LEAST(GREATEST(" + raw + ", 0), " + indicator.max() + ") AS p" + i);
		}
		sums.add(vetoCap() + " AS cap");
		String evidence = "SELECT e.subject_id AS subject_id, " + String.join(", ", sums)
				+ " FROM evaluation_evidence e" + ((evidenceCondition == null) ? "" : " WHERE " + evidenceCondition)
				+ " GROUP BY e.subject_id";
		String inner = "SELECT s.subject_id AS subject_id, " + String.join(", ", columns)
				+ ", COALESCE(a.cap, 0) AS cap FROM evaluation_subject s LEFT JOIN (" + evidence
				+ ") a ON a.subject_id = s.subject_id WHERE s.active AND s.subject_type IN ("
				+ this.model.subjectTypes()
					.stream()
					.map(type -> "'" + type.name() + "'")
					.collect(Collectors.joining(", "))
				+ ")" + ((subjectCondition == null) ? "" : " AND " + subjectCondition);
		List<String> points = new ArrayList<>();
		for (int i = 0; i < indicators.size(); i++) {
			points.add("x.p" + i);
		}
		String score = "(" + String.join(" + ", points) + ")";
		return "SELECT x.subject_id AS subject_id, " + this.dialect.array(points) + " AS points, " + score
				+ " AS score, x.cap AS cap, " + grade(score) + " AS grade FROM (" + inner + ") x";
	}

	/**
	 * Each piece of a subject's evidence that an indicator counts, with its points:
	 * {@code indicator} (index in model order), {@code source}, {@code ref},
	 * {@code category}, {@code tier}, {@code label}, {@code occurred_on}, {@code points}.
	 * One parameter: the subject id.
	 */
	public String contributions() {
		List<Indicator> indicators = this.model.indicators();
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < indicators.size(); i++) {
			Rule rule = indicators.get(i).rule();
			if (rule.kind() != RuleKind.ITEMS) {
				continue;
			}
			parts.add("SELECT " + i + " AS indicator, e.source, e.ref, e.category, e.tier, e.label, e.occurred_on, "
					+ itemPoints(rule) + " AS points FROM evaluation_evidence e WHERE e.subject_id = ? AND "
					+ matches(rule.source(), rule.categories(), rule.withinMonths()));
		}
		return String.join(" UNION ALL ", parts) + " ORDER BY indicator, occurred_on DESC, ref";
	}

	/** How many subject-id parameters {@link #contributions()} takes. */
	public int contributionParameters() {
		return (int) this.model.indicators().stream().filter(i -> i.rule().kind() == RuleKind.ITEMS).count();
	}

	/** The first day of a window of months ending on the evaluation day. */
	public LocalDate cutoff(int months) {
		return this.asOf.minusMonths(months).plusDays(1);
	}

	private String age(Rule rule) {
		StringBuilder age = new StringBuilder("CASE");
		for (AgeStep step : rule.steps()) {
			age.append(" WHEN s.registered_on <= ")
				.append(date(this.asOf.minusYears(step.years())))
				.append(" THEN ")
				.append(step.points());
		}
		return age.append(" ELSE 0 END").toString();
	}

	private String itemPoints(Rule rule) {
		StringBuilder points = new StringBuilder("CASE");
		Map<String, Integer> values = rule.points();
		// a category's own value first, then the tier's, then the rest
		values.entrySet()
			.stream()
			.filter(entry -> rule.categories().contains(entry.getKey()))
			.sorted(Map.Entry.comparingByKey())
			.forEach(entry -> points.append(" WHEN e.category = '")
				.append(entry.getKey())
				.append("' THEN ")
				.append(entry.getValue()));
		values.entrySet()
			.stream()
			.filter(entry -> !entry.getKey().equals("*") && !rule.categories().contains(entry.getKey()))
			.sorted(Map.Entry.comparingByKey())
			.forEach(entry -> points.append(" WHEN e.tier = '")
				.append(entry.getKey())
				.append("' THEN ")
				.append(entry.getValue()));
		int rest = values.getOrDefault("*", 0);
		if (points.length() == "CASE".length()) {
			return Integer.toString(rest);
		}
		return points.append(" ELSE ").append(rest).append(" END").toString();
	}

	private String matches(EvidenceSource source, List<String> categories, Integer withinMonths) {
		String condition = "e.source = '" + source.name() + "' AND e.category IN ("
				+ categories.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", ")) + ")";
		if (withinMonths != null) {
			condition += " AND e.occurred_on >= " + date(cutoff(withinMonths)) + " AND e.occurred_on <= "
					+ date(this.asOf);
		}
		return "(" + condition + ")";
	}

	private String vetoCap() {
		if (this.model.vetoes().isEmpty()) {
			return "0";
		}
		List<String> caps = new ArrayList<>();
		for (Veto veto : this.model.vetoes()) {
			caps.add("MAX(CASE WHEN " + matches(veto.source(), veto.categories(), veto.withinMonths()) + " THEN "
					+ veto.cap().rank() + " ELSE 0 END)");
		}
		return (caps.size() == 1) ? caps.get(0) : "GREATEST(" + String.join(", ", caps) + ")";
	}

	private String grade(String score) {
		// worst grade first: a grade is given when the score is below the next better
		// band or a veto caps it there
		StringBuilder grade = new StringBuilder("CASE");
		Grade[] grades = Grade.values();
		for (int i = grades.length - 1; i > 0; i--) {
			grade.append(" WHEN x.cap >= ")
				.append(grades[i].rank())
				.append(" OR ")
				.append(score)
				.append(" < ")
				.append(this.model.band(grades[i - 1]).minScore())
				.append(" THEN '")
				.append(grades[i].name())
				.append("'");
		}
		return grade.append(" ELSE '").append(grades[0].name()).append("' END").toString();
	}

	private static String date(LocalDate day) {
		return "DATE '" + day + "'";
	}

}
