package io.gongxin.catalog.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gongxin.catalog.RuleViolation;
import io.gongxin.subject.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;

class OutsideCatalogPolicyTests {

	private final CompiledCatalog catalog = SeededCatalogs.current();

	@Test
	void refusesACategoryTheVersionDoesNotHoldCitingTheCatalogRule() {
		assertThat(this.catalog.check("QZJL", SubjectType.NATURAL_PERSON, Map.of("X", "y"))).singleElement()
			.satisfies(v -> {
				assertThat(v.ruleCode()).isEqualTo(RuleViolation.UNKNOWN_CATEGORY);
				assertThat(v.value()).isEqualTo("QZJL");
				assertThat(v.message()).contains("目录以外的信息");
			});
	}

	@Test
	void refusesASupplementCategoryInTheVersionBeforeTheSupplement() {
		CompiledCatalog national = SeededCatalogs.compile(SeededCatalogs.edition("CN-2024"), 1);
		assertThat(national.check("GD_GJJQJ", SubjectType.ENTERPRISE, Map.of())).extracting(RuleViolation::ruleCode)
			.containsExactly(RuleViolation.UNKNOWN_CATEGORY);
	}

	@Test
	void refusesASubjectTheCategoryMayNotConcern() {
		Map<String, String> row = Map.of("ZY_XM", "王某", "ZY_ZJLX", "身份证", "ZY_ZJHM", "440106199001011234", "ZY_ZSMC",
				"注册会计师", "ZY_FZJG", "财政部", "ZY_FZRQ", "2020-01-01");
		assertThat(this.catalog.check("ZYZG", SubjectType.NATURAL_PERSON, row)).isEmpty();
		assertThat(this.catalog.check("ZYZG", SubjectType.ENTERPRISE, row)).extracting(RuleViolation::ruleCode)
			.containsExactly(RuleViolation.SUBJECT_TYPE_NOT_ALLOWED);
		assertThat(this.catalog.check("ZYZG", null, row)).extracting(RuleViolation::ruleCode)
			.containsExactly(RuleViolation.SUBJECT_TYPE_NOT_ALLOWED);
	}

}
