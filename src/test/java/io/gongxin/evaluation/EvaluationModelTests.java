package io.gongxin.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.evaluation.EvaluationModel.AgeStep;
import io.gongxin.evaluation.EvaluationModel.AlertKind;
import io.gongxin.evaluation.EvaluationModel.AlertRule;
import io.gongxin.evaluation.EvaluationModel.Band;
import io.gongxin.evaluation.EvaluationModel.Group;
import io.gongxin.evaluation.EvaluationModel.Indicator;
import io.gongxin.evaluation.EvaluationModel.Rule;
import io.gongxin.evaluation.EvaluationModel.RuleKind;
import io.gongxin.subject.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationModelTests {

	static final List<Band> BANDS = List.of(new Band(Grade.A, 90, "低"), new Band(Grade.B, 75, "一般"),
			new Band(Grade.C, 60, "较高"), new Band(Grade.D, 0, "高"));

	static Indicator penalties(int max) {
		return new Indicator("XZZF", "行政执法", "每条扣分", max, max,
				new Rule(RuleKind.ITEMS, EvidenceSource.RECORD, List.of("XZCF"), 36, Map.of("*", -4), null));
	}

	static Indicator age(int max) {
		return new Indicator("CLNX", "成立年限", "满5年得分", 0, max,
				new Rule(RuleKind.AGE, null, null, null, null, List.of(new AgeStep(5, max), new AgeStep(1, 1))));
	}

	static EvaluationModel model(List<SubjectType> types, List<Band> bands, Indicator... indicators) {
		return new EvaluationModel("TEST", 1, "测试模型", null, "用途", "依据", types, bands, List.of(),
				List.of(new Group("ZJSF", "一级", List.of(indicators))), List.of());
	}

	@Test
	void theBundledModelsAreValidAndTheirIndicatorsAddUpToOneHundred() throws IOException {
		JsonMapper json = JsonMapper.builder().build();
		for (String path : List.of("/evaluation/composite-v1.json", "/evaluation/public-resource-v1.json")) {
			try (InputStream in = getClass().getResourceAsStream(path)) {
				EvaluationModel model = json.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8),
						EvaluationModel.class);
				assertThat(model.indicators().stream().mapToInt(Indicator::max).sum()).isEqualTo(100);
				assertThat(model.grades()).extracting(Band::grade).containsExactly(Grade.values());
			}
		}
	}

	@Test
	void theCompositeModelHasFiveGroupsOfFifteenIndicatorsAsGuangzhousScheme() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/evaluation/composite-v1.json")) {
			EvaluationModel model = JsonMapper.builder()
				.build()
				.readValue(new String(in.readAllBytes(), StandardCharsets.UTF_8), EvaluationModel.class);
			assertThat(model.groups()).extracting(Group::name).containsExactly("遵纪守法", "履约践诺", "资质荣誉", "社会责任", "监管风险");
			assertThat(model.indicators()).hasSize(15);
			assertThat(model.alerts()).extracting(AlertRule::kind)
				.containsExactly(AlertKind.REPEAT_IN_DOMAIN, AlertKind.MULTI_DOMAIN, AlertKind.BROKEN_COMMITMENTS,
						AlertKind.GRADE_DROP);
		}
	}

	@Test
	void indicatorsNotAddingUpToOneHundredAreRefusedWithTheRuleInChinese() {
		assertThatThrownBy(() -> model(List.of(SubjectType.ENTERPRISE), BANDS, penalties(20), age(4)))
			.isInstanceOf(InvalidModelException.class)
			.hasFieldOrPropertyWithValue("code", "GX-EVA-001")
			.satisfies(ex -> assertThat(((InvalidModelException) ex).details().get("reason").toString())
				.contains("二级指标满分之和须为100分（现为24分）"));
	}

	@Test
	void naturalPersonsAreNeverEvaluated() {
		assertThatThrownBy(() -> model(List.of(SubjectType.NATURAL_PERSON), BANDS, penalties(96), age(4)))
			.isInstanceOf(InvalidModelException.class)
			.satisfies(ex -> assertThat(((InvalidModelException) ex).details().get("reason").toString())
				.contains("不评价自然人"));
	}

	@Test
	void bandsMustFallGradeByGradeDownToZero() {
		List<Band> rising = List.of(new Band(Grade.A, 90, "低"), new Band(Grade.B, 95, "一般"),
				new Band(Grade.C, 60, "较高"), new Band(Grade.D, 0, "高"));
		assertThatThrownBy(() -> model(List.of(SubjectType.ENTERPRISE), rising, penalties(96), age(4)))
			.isInstanceOf(InvalidModelException.class);
		List<Band> noFloor = List.of(new Band(Grade.A, 90, "低"), new Band(Grade.B, 75, "一般"),
				new Band(Grade.C, 60, "较高"), new Band(Grade.D, 10, "高"));
		assertThatThrownBy(() -> model(List.of(SubjectType.ENTERPRISE), noFloor, penalties(96), age(4)))
			.isInstanceOf(InvalidModelException.class);
	}

	@Test
	void aRuleNamesItsEvidenceAndAnIndicatorItsScoring() {
		assertThatThrownBy(() -> new Rule(RuleKind.ITEMS, EvidenceSource.RECORD, List.of(), 12, Map.of("*", -1), null))
			.isInstanceOf(InvalidModelException.class);
		assertThatThrownBy(
				() -> new Rule(RuleKind.ITEMS, EvidenceSource.RECORD, List.of("xzcf; drop"), 12, Map.of("*", -1), null))
			.isInstanceOf(InvalidModelException.class);
		assertThatThrownBy(() -> new Indicator("XZZF", "行政执法", " ", 20, 20,
				new Rule(RuleKind.ITEMS, EvidenceSource.RECORD, List.of("XZCF"), 36, Map.of("*", -4), null)))
			.isInstanceOf(InvalidModelException.class);
		assertThatThrownBy(() -> new Indicator("XZZF", "行政执法", "规则", 21, 20,
				new Rule(RuleKind.ITEMS, EvidenceSource.RECORD, List.of("XZCF"), 36, Map.of("*", -4), null)))
			.isInstanceOf(InvalidModelException.class);
	}

	@Test
	void aScoreTakesTheBestBandItReaches() {
		EvaluationModel model = model(List.of(SubjectType.ENTERPRISE), BANDS, penalties(96), age(4));
		assertThat(model.gradeOf(100)).isEqualTo(Grade.A);
		assertThat(model.gradeOf(90)).isEqualTo(Grade.A);
		assertThat(model.gradeOf(89)).isEqualTo(Grade.B);
		assertThat(model.gradeOf(60)).isEqualTo(Grade.C);
		assertThat(model.gradeOf(59)).isEqualTo(Grade.D);
		assertThat(model.gradeOf(0)).isEqualTo(Grade.D);
	}

	@Test
	void theCompiledSqlCarriesOnlyTheModelsCodesNumbersAndDates() {
		EvaluationModel model = model(List.of(SubjectType.ENTERPRISE), BANDS, penalties(96), age(4));
		String postgres = new ModelSql(model, LocalDate.of(2026, 12, 4), ModelSql.Dialect.POSTGRES).scoring(null);
		assertThat(postgres).contains("ARRAY[x.p0, x.p1]")
			.contains("e.category IN ('XZCF')")
			.contains("e.occurred_on >= DATE '2023-12-05'")
			.contains("s.registered_on <= DATE '2021-12-04' THEN 4")
			.doesNotContain("?");
		String spark = new ModelSql(model, LocalDate.of(2026, 12, 4), ModelSql.Dialect.SPARK).scoring(null);
		assertThat(spark).contains("array(x.p0, x.p1)").doesNotContain("ARRAY[");
		assertThat(new ModelSql(model, LocalDate.of(2026, 12, 4), ModelSql.Dialect.POSTGRES).contributionParameters())
			.isEqualTo(1);
	}

}
