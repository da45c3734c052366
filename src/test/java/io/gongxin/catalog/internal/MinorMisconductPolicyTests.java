package io.gongxin.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldType;
import io.gongxin.catalog.LegalBasis;
import io.gongxin.catalog.Nature;
import io.gongxin.catalog.PublicityRule;
import io.gongxin.catalog.Requirement;
import io.gongxin.catalog.RuleViolation;
import io.gongxin.subject.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;

class MinorMisconductPolicyTests {

	private final MinorMisconductPolicy policy = SeededCatalogs.EXCLUSIONS.minorMisconduct();

	private final CompiledCatalog catalog = SeededCatalogs.current();

	@Test
	void refusesAPenaltyForRunningARedLightInAPersonsRecordWithTheLegalReason() {
		Map<String, String> row = SeededCatalogs.penaltyOnPersonByTitles();
		row.put("违法行为类型", "行人闯红灯");
		row.put("违法事实", "当事人于路口闯红灯通行");
		List<RuleViolation> violations = this.catalog.check("XZCF", SubjectType.NATURAL_PERSON, row);
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.ruleCode()).isEqualTo(RuleViolation.MINOR_MISCONDUCT);
			assertThat(v.fieldCode()).isEqualTo("CF_WFXW");
			assertThat(v.value()).isEqualTo("闯红灯");
			assertThat(v.message()).contains("未经立法程序", "城市信用状况监测预警指标");
		});
	}

	@Test
	void recognisesEveryListedKindOfMinorMisconduct() {
		CategoryDefinition penalty = this.catalog.category("XZCF").definition();
		for (String text : List.of("扰乱信访秩序", "阻挠拆迁", "不文明养犬", "拖欠物业服务费", "未按规定进行垃圾分类", "乘坐地铁逃票", "欠缴水电费")) {
			assertThat(this.policy.check(penalty, SubjectType.NATURAL_PERSON, conduct(text))).as(text).isPresent();
		}
	}

	@Test
	void leavesOrganisationsAlone() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.put("CF_WFXW", "违法拆迁");
		assertThat(this.catalog.check("XZCF", SubjectType.ENTERPRISE, row)).isEmpty();
	}

	@Test
	void allowsMinorMisconductWhenTheCitedLegislationCoversIt() {
		CategoryDefinition covered = civilityCategory(new LegalBasis("《某市文明行为促进条例》第三十条", true, List.of("不文明养犬")));
		assertThat(this.policy.check(covered, SubjectType.NATURAL_PERSON, conduct("不文明养犬，经劝阻拒不改正"))).isEmpty();
		assertThat(this.policy.check(covered, SubjectType.NATURAL_PERSON, conduct("闯红灯"))).isPresent();
	}

	@Test
	void aPolicyDocumentCannotBringMinorMisconductIn() {
		CategoryDefinition policyOnly = civilityCategory(new LegalBasis("某市文明行为通知", false, List.of()));
		assertThat(this.policy.check(policyOnly, SubjectType.NATURAL_PERSON, conduct("不文明养犬"))).isPresent();
	}

	@Test
	void ignoresTextThatMentionsNoMinorMisconduct() {
		CategoryDefinition penalty = this.catalog.category("XZCF").definition();
		assertThat(this.policy.check(penalty, SubjectType.NATURAL_PERSON, conduct("无证排放污水"))).isEmpty();
	}

	private static List<String[]> conduct(String text) {
		return List.<String[]>of(new String[] { "X_SY", text });
	}

	private static CategoryDefinition civilityCategory(LegalBasis basis) {
		return new CategoryDefinition("WMXW", "不文明行为记录", "10", "遵守法律法规情况信息", CategoryDefinition.Origin.PROVINCIAL,
				basis, Set.of(SubjectType.NATURAL_PERSON), Nature.NEGATIVE, List.of(),
				new PublicityRule(PublicityRule.Disclosure.NOT_PUBLISHED, "不公示", null, List.of()),
				List.of(new FieldDefinition("X_SY", "行为描述", List.of(), FieldType.TEXT, null, null, false,
						Requirement.MANDATORY, null, 500, null, true, null, null, false)),
				true, null);
	}

}
