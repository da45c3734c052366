package io.gongxin.catalog;

import io.gongxin.subject.SubjectType;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CatalogValueTypesTests {

	@Test
	void aConditionalFieldNeedsItsCondition() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> field("CF_NR_FK", FieldType.DECIMAL, Requirement.CONDITIONAL, null, null, null))
			.withMessageContaining("condition");
		assertThatIllegalArgumentException().isThrownBy(() -> field("CF_WSH", FieldType.TEXT, Requirement.MANDATORY,
				new Condition("CF_CFLB", Condition.Operator.INCLUDES, List.of("罚款")), null, null));
	}

	@Test
	void aCodeFieldNeedsItsCodeListAndAnIdentifierItsKind() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> field("CF_CFLB", FieldType.CODE, Requirement.MANDATORY, null, null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> field("CF_XDR_SHXYM", FieldType.IDENTIFIER, Requirement.MANDATORY, null, null, null));
		assertThat(field("CF_XDR_SHXYM", FieldType.IDENTIFIER, Requirement.MANDATORY, null, null, IdentifierKind.USCC)
			.isIdentifier()).isTrue();
	}

	@Test
	void fieldCodesAreUpperCaseLettersDigitsAndUnderscores() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> field("cf-wsh", FieldType.TEXT, Requirement.MANDATORY, null, null, null));
	}

	@Test
	void aCategoryRefusesDuplicateFieldsAndConditionsOnUnknownFields() {
		FieldDefinition number = field("CF_WSH", FieldType.TEXT, Requirement.MANDATORY, null, null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> category(List.of(number, number)))
			.withMessageContaining("duplicate");
		FieldDefinition amount = field("CF_NR_FK", FieldType.DECIMAL, Requirement.CONDITIONAL,
				new Condition("CF_CFLB", Condition.Operator.INCLUDES, List.of("罚款")), null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> category(List.of(number, amount)))
			.withMessageContaining("CF_CFLB");
	}

	@Test
	void aCategoryFindsFieldsByCodeTitleOrAliasIgnoringBlanksAndFullWidthBrackets() {
		FieldDefinition amount = new FieldDefinition("CF_NR_FK", "罚款金额（万元）", List.of("CF_FK_JE"), FieldType.DECIMAL,
				"18,6", null, false, Requirement.OPTIONAL, null, null, null, false, null, null, false);
		CategoryDefinition category = category(List.of(amount));
		assertThat(category.field("cf_nr_fk")).contains(amount);
		assertThat(category.field("罚款金额(万元) ")).contains(amount);
		assertThat(category.field("\uFEFFCF_FK_JE")).contains(amount);
		assertThat(category.field("罚款")).isEmpty();
	}

	@Test
	void onlyLegislationCanCoverMinorMisconduct() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LegalBasis("某通知", false, List.of("闯红灯")));
		assertThat(new LegalBasis("《某条例》", true, List.of("闯红灯")).covers("闯红灯")).isTrue();
		assertThat(new LegalBasis("《某条例》", true, List.of("闯红灯")).covers("信访")).isFalse();
	}

	@Test
	void aPublicityMinimumCannotExceedItsMaximum() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TierPublicity(SeverityTier.GENERAL, true, 12, 3));
	}

	@Test
	void versionIdsArePositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> CatalogVersionId.of(0));
	}

	private static FieldDefinition field(String code, FieldType type, Requirement requirement, Condition condition,
			String codeList, IdentifierKind kind) {
		return new FieldDefinition(code, "名称", List.of(), type, null, codeList, false, requirement, condition, null,
				kind, false, null, null, false);
	}

	private static CategoryDefinition category(List<FieldDefinition> fields) {
		return new CategoryDefinition("XZCF", "行政处罚信息", "03", "行政管理信息", CategoryDefinition.Origin.NATIONAL,
				new LegalBasis("《行政处罚法》", true, List.of()), Set.of(SubjectType.ENTERPRISE), Nature.NEGATIVE, List.of(),
				new PublicityRule(PublicityRule.Disclosure.PUBLIC, "公示", null, List.of()), fields, false, null);
	}

}
