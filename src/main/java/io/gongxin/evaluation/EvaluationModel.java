package io.gongxin.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.gongxin.subject.SubjectType;

/**
 * An evaluation model as reviewed configuration: the subjects it covers, first-level
 * indicator groups of second-level indicators (each a rule over the subject's evidence,
 * starting from {@code start} points and held between 0 and {@code max}), the grade bands
 * on the total of 100 points, vetoes that cap the grade, and the risk-alert rules. One
 * definition, compiled to SQL for PostgreSQL and for Spark.
 *
 * @param code stable code, e.g. {@code COMPOSITE}
 * @param sector the sector of a sector model (e.g. {@code GGZYJY}), {@code null} for the
 * composite model
 */
public record EvaluationModel(String code, int version, String name, String sector, String purpose, String basis,
		List<SubjectType> subjectTypes, List<Band> grades, List<Veto> vetoes, List<Group> groups,
		List<AlertRule> alerts) {

	private static final String CODE = "[A-Z][A-Z0-9_]{1,31}";

	/** The total every model's indicators add up to. */
	public static final int TOTAL = 100;

	public EvaluationModel {
		require(code != null && code.matches(CODE), "模型代码须为大写字母、数字和下划线");
		require(version >= 1, "模型版本号从1开始");
		require(name != null && !name.isBlank(), "模型须有名称");
		require(sector == null || sector.matches(CODE), "行业代码须为大写字母、数字和下划线");
		require(basis != null && !basis.isBlank(), "模型须写明依据");
		require(subjectTypes != null && !subjectTypes.isEmpty() && !subjectTypes.contains(SubjectType.NATURAL_PERSON),
				"模型只评价市场主体，不评价自然人");
		subjectTypes = List.copyOf(subjectTypes);
		grades = List.copyOf(Objects.requireNonNull(grades, "grades"));
		require(grades.size() == Grade.values().length, "须为A、B、C、D四个等级各设分数线");
		for (int i = 0; i < grades.size(); i++) {
			require(grades.get(i).grade() == Grade.values()[i], "等级须按A、B、C、D排列");
			require(i == 0 || grades.get(i).minScore() < grades.get(i - 1).minScore(), "分数线须逐级降低");
		}
		require(grades.get(grades.size() - 1).minScore() == 0, "最低等级的分数线须为0");
		vetoes = (vetoes == null) ? List.of() : List.copyOf(vetoes);
		groups = List.copyOf(Objects.requireNonNull(groups, "groups"));
		require(!groups.isEmpty(), "模型须有一级指标");
		Set<String> codes = new HashSet<>();
		int total = 0;
		for (Group group : groups) {
			require(codes.add(group.code()), "指标代码重复：" + group.code());
			for (Indicator indicator : group.indicators()) {
				require(codes.add(indicator.code()), "指标代码重复：" + indicator.code());
				total += indicator.max();
			}
		}
		require(total == TOTAL, "二级指标满分之和须为" + TOTAL + "分（现为" + total + "分）");
		alerts = (alerts == null) ? List.of() : List.copyOf(alerts);
		Set<String> alertCodes = new HashSet<>();
		alerts.forEach(rule -> require(alertCodes.add(rule.code()), "预警规则代码重复：" + rule.code()));
	}

	/** The second-level indicators in model order (the order of stored points). */
	public List<Indicator> indicators() {
		List<Indicator> all = new ArrayList<>();
		this.groups.forEach(group -> all.addAll(group.indicators()));
		return all;
	}

	public Group groupOf(Indicator indicator) {
		return this.groups.stream().filter(g -> g.indicators().contains(indicator)).findFirst().orElseThrow();
	}

	/** The grade of a score, before vetoes. */
	public Grade gradeOf(int score) {
		return this.grades.stream().filter(band -> score >= band.minScore()).findFirst().orElseThrow().grade();
	}

	public Band band(Grade grade) {
		return this.grades.get(grade.ordinal());
	}

	/**
	 * A grade's band: the lowest score that earns it and what it means for supervision.
	 */
	public record Band(Grade grade, int minScore, String meaning) {

		public Band {
			Objects.requireNonNull(grade, "grade");
			require(minScore >= 0 && minScore <= TOTAL, "分数线须在0到100之间");
		}

	}

	/** A first-level indicator (一级指标). */
	public record Group(String code, String name, List<Indicator> indicators) {

		public Group {
			require(code != null && code.matches(CODE), "指标代码须为大写字母、数字和下划线");
			require(name != null && !name.isBlank(), "指标须有名称");
			indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
			require(!indicators.isEmpty(), "一级指标“" + name + "”须有二级指标");
		}

		public int max() {
			return this.indicators.stream().mapToInt(Indicator::max).sum();
		}

	}

	/**
	 * A second-level indicator (二级指标): starts at {@code start} points, adds what its rule
	 * gives, and stays between 0 and {@code max}.
	 *
	 * @param doc what the rule counts, as officers read it
	 */
	public record Indicator(String code, String name, String doc, int start, int max, Rule rule) {

		public Indicator {
			require(code != null && code.matches(CODE), "指标代码须为大写字母、数字和下划线");
			require(name != null && !name.isBlank(), "指标须有名称");
			require(doc != null && !doc.isBlank(), "指标“" + name + "”须说明计分规则");
			require(max > 0 && max <= TOTAL, "指标“" + name + "”的满分须在1到100之间");
			require(start >= 0 && start <= max, "指标“" + name + "”的起始分须在0到满分之间");
			Objects.requireNonNull(rule, "rule");
		}

	}

	/** How an indicator's rule reads the evidence. */
	public enum RuleKind {

		/** Points for each matching piece of evidence. */
		ITEMS,
		/** Points by the years since registration (成立年限). */
		AGE

	}

	/**
	 * A rule: for {@code ITEMS}, the evidence of a source and categories within the last
	 * months, each worth the points its category or tier is given ({@code *} for the
	 * rest); for {@code AGE}, steps of years.
	 */
	public record Rule(RuleKind kind, EvidenceSource source, List<String> categories, Integer withinMonths,
			Map<String, Integer> points, List<AgeStep> steps) {

		public Rule {
			Objects.requireNonNull(kind, "kind");
			categories = (categories == null) ? List.of() : List.copyOf(categories);
			points = (points == null) ? Map.of() : Map.copyOf(points);
			steps = (steps == null) ? List.of() : List.copyOf(steps);
			categories.forEach(c -> require(c.matches(CODE), "类别代码须为大写字母、数字和下划线：" + c));
			points.keySet().forEach(k -> require(k.equals("*") || k.matches(CODE), "计分键须为类别、失信程度或*：" + k));
			require(withinMonths == null || (withinMonths > 0 && withinMonths <= 120), "统计期须为1到120个月");
			if (kind == RuleKind.ITEMS) {
				require(source != null, "计分规则须指明信息来源");
				require(!categories.isEmpty(), "计分规则须指明类别");
				require(!points.isEmpty(), "计分规则须指明每条信息的分值");
			}
			else {
				require(!steps.isEmpty(), "成立年限规则须有分档");
				for (int i = 1; i < steps.size(); i++) {
					require(steps.get(i).years() < steps.get(i - 1).years(), "成立年限分档须从长到短排列");
				}
			}
		}

	}

	public record AgeStep(int years, int points) {

		public AgeStep {
			require(years > 0 && years <= 100, "年限须在1到100年之间");
		}

	}

	/** Evidence that caps the grade whatever the score (一票否决), e.g. 严重失信主体名单. */
	public record Veto(String code, String name, EvidenceSource source, List<String> categories, Integer withinMonths,
			Grade cap) {

		public Veto {
			require(code != null && code.matches(CODE), "否决项代码须为大写字母、数字和下划线");
			require(name != null && !name.isBlank(), "否决项须有名称");
			Objects.requireNonNull(source, "source");
			categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
			require(!categories.isEmpty(), "否决项须指明类别");
			categories.forEach(c -> require(c.matches(CODE), "类别代码须为大写字母、数字和下划线：" + c));
			Objects.requireNonNull(cap, "cap");
		}

	}

	/** The kinds of risk-alert rule. */
	public enum AlertKind {

		/**
		 * At least {@code threshold} records of one department within the months (屡罚不改).
		 */
		REPEAT_IN_DOMAIN,
		/**
		 * Records of at least {@code threshold} departments within the months (多领域违法).
		 */
		MULTI_DOMAIN,
		/** At least {@code threshold} broken commitments within the months. */
		BROKEN_COMMITMENTS,
		/** The grade fell by at least {@code threshold} steps, or to the lowest grade. */
		GRADE_DROP

	}

	/**
	 * A risk-alert rule; an alert goes to the departments whose records raised it
	 * (谁认定、谁约谈).
	 *
	 * @param suggestWatchList whether the alert suggests a 重点关注名单 entry to officers
	 * (never made automatically)
	 */
	public record AlertRule(String code, String name, AlertKind kind, List<String> categories, int withinMonths,
			int threshold, boolean suggestWatchList, String doc) {

		public AlertRule {
			require(code != null && code.matches(CODE), "预警规则代码须为大写字母、数字和下划线");
			require(name != null && !name.isBlank(), "预警规则须有名称");
			Objects.requireNonNull(kind, "kind");
			categories = (categories == null) ? List.of() : List.copyOf(categories);
			categories.forEach(c -> require(c.matches(CODE), "类别代码须为大写字母、数字和下划线：" + c));
			require(kind == AlertKind.GRADE_DROP || kind == AlertKind.BROKEN_COMMITMENTS || !categories.isEmpty(),
					"预警规则“" + name + "”须指明类别");
			require(kind == AlertKind.GRADE_DROP || (withinMonths > 0 && withinMonths <= 120), "统计期须为1到120个月");
			require(threshold >= 1 && threshold <= 100, "预警阈值须在1到100之间");
			require(doc != null && !doc.isBlank(), "预警规则须说明");
		}

	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new InvalidModelException(message);
		}
	}

}
