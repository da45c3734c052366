package io.gongxin.catalog.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldType;
import io.gongxin.catalog.Requirement;
import io.gongxin.catalog.RuleViolation;
import io.gongxin.subject.SubjectType;
import io.gongxin.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SensitiveDataPolicyTests {

	private final SensitiveDataPolicy policy = SeededCatalogs.EXCLUSIONS.sensitiveData();

	private final CompiledCatalog catalog = SeededCatalogs.current();

	@Test
	void flagsARecordMentioningBloodTypeWithoutCopyingTheText() {
		Map<String, String> row = SeededCatalogs.penaltyOnPersonByTitles();
		row.put("违法事实", "当事人（O型血，患有糖尿病）未取得排污许可证排放生产废水");
		List<RuleViolation> violations = this.catalog.check("XZCF", SubjectType.NATURAL_PERSON, row);
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.ruleCode()).isEqualTo(RuleViolation.SENSITIVE_DATA);
			assertThat(v.fieldCode()).isEqualTo("CF_SY");
			assertThat(v.value()).isEqualTo("血型");
			assertThat(v.message()).contains("征信业管理条例");
		});
	}

	@Test
	void flagsEveryProhibitedKindOfPersonalData() {
		for (String text : List.of("宗教信仰为某教", "提取其指纹", "基因检测结果", "血型B型", "有精神病病史", "确诊患有肺结核病")) {
			assertThat(this.policy.check("X", text)).as(text).isPresent();
		}
	}

	@Test
	void appliesToRecordsAboutOrganisationsToo() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.put("CF_SY", "擅自采集顾客指纹并出售");
		assertThat(this.catalog.check("XZCF", SubjectType.ENTERPRISE, row)).extracting(RuleViolation::ruleCode)
			.containsExactly(RuleViolation.SENSITIVE_DATA);
	}

	@Test
	void leavesAuthorityNamesAndOrdinaryTextAlone() {
		for (String text : List.of("广州市疾病预防控制中心", "未按规定组织职业健康检查", "某某基因科技有限公司")) {
			assertThat(this.policy.check("X", text)).as(text).isEmpty();
		}
	}

	@Test
	void refusesAFieldDefinitionNamingSensitiveData() {
		FieldDefinition bloodType = new FieldDefinition("CF_XX", "当事人血型", List.of(), FieldType.TEXT, null, null, false,
				Requirement.OPTIONAL, null, 10, null, false, null, null, false);
		CategoryDefinition penalty = this.catalog.category("XZCF").definition();
		List<FieldDefinition> fields = new java.util.ArrayList<>(penalty.fields());
		fields.add(bloodType);
		CategoryDefinition edited = new CategoryDefinition(penalty.code(), penalty.name(), penalty.section(),
				penalty.sectionName(), penalty.origin(), penalty.legalBasis(), penalty.subjectTypes(), penalty.nature(),
				penalty.severityTiers(), penalty.publicity(), fields, penalty.configurable(), penalty.note());
		assertThat(this.policy.offendingFields(edited)).containsExactly("CF_XX: 血型");
		DraftValidation validation = new DraftValidation(SeededCatalogs.EXCLUSIONS);
		assertThatThrownBy(
				() -> validation.checkCategory(edited, SeededCatalogs.edition("CN-2024-GD-2026").codeLists()))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("GX-CAT-006"));
	}

}
