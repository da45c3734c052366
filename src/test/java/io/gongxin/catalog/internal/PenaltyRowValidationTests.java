package io.gongxin.catalog.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gongxin.catalog.RuleViolation;
import io.gongxin.subject.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;

class PenaltyRowValidationTests {

	private final CompiledCatalog catalog = SeededCatalogs.current();

	@Test
	void acceptsAValidPenaltyOnAnEnterprise() {
		assertThat(check(SubjectType.ENTERPRISE, SeededCatalogs.penaltyOnEnterprise())).isEmpty();
	}

	@Test
	void acceptsAValidPenaltyOnAPersonKeyedByChineseTitlesWithSlashedDates() {
		assertThat(check(SubjectType.NATURAL_PERSON, SeededCatalogs.penaltyOnPersonByTitles())).isEmpty();
	}

	@Test
	void reportsEveryMissingMandatoryField() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.remove("CF_WSH");
		row.put("CF_YJ", "  ");
		assertThat(check(SubjectType.ENTERPRISE, row)).extracting(RuleViolation::fieldCode, RuleViolation::ruleCode)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CF_WSH", RuleViolation.MISSING_MANDATORY),
					org.assertj.core.groups.Tuple.tuple("CF_YJ", RuleViolation.MISSING_MANDATORY));
	}

	@Test
	void requiresTheFineAmountWhenThePenaltyIncludesAFine() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.remove("CF_NR_FK");
		List<RuleViolation> violations = check(SubjectType.ENTERPRISE, row);
		assertThat(violations).singleElement().satisfies(v -> {
			assertThat(v.fieldCode()).isEqualTo("CF_NR_FK");
			assertThat(v.ruleCode()).isEqualTo(RuleViolation.CONDITIONAL_MANDATORY);
			assertThat(v.message()).contains("处罚类别", "罚款");
		});
	}

	@Test
	void recognisesTheFineByItsCodeAsWellAsByItsLabel() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.put("CF_CFLB", "01；03");
		row.remove("CF_NR_FK");
		assertThat(check(SubjectType.ENTERPRISE, row)).extracting(RuleViolation::ruleCode)
			.containsExactly(RuleViolation.CONDITIONAL_MANDATORY);
	}

	@Test
	void doesNotRequireTheFineAmountForAWarningOnly() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.put("CF_CFLB", "警告");
		row.remove("CF_NR_FK");
		assertThat(check(SubjectType.ENTERPRISE, row)).isEmpty();
	}

	@Test
	void requiresTheLicenceNameWhenALicenceIsRevoked() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.put("CF_CFLB", "吊销许可证件");
		assertThat(check(SubjectType.ENTERPRISE, row)).extracting(RuleViolation::fieldCode)
			.containsExactly("CF_NR_ZKDX");
	}

	@Test
	void requiresTheCreditCodeOfAnOrganisationAndTheIdOfAPerson() {
		Map<String, String> organisation = SeededCatalogs.penaltyOnEnterprise();
		organisation.remove("CF_XDR_SHXYM");
		assertThat(check(SubjectType.ENTERPRISE, organisation)).extracting(RuleViolation::fieldCode)
			.containsExactly("CF_XDR_SHXYM");
		Map<String, String> person = SeededCatalogs.penaltyOnPersonByTitles();
		person.remove("证件号码");
		assertThat(check(SubjectType.NATURAL_PERSON, person)).extracting(RuleViolation::fieldCode)
			.containsExactly("CF_XDR_ZJHM");
	}

	@Test
	void refusesValuesOutsideTheCodeList() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.put("CF_CFLB", "罚款;打板子");
		assertThat(check(SubjectType.ENTERPRISE, row)).singleElement().satisfies(v -> {
			assertThat(v.ruleCode()).isEqualTo(RuleViolation.CODE_LIST);
			assertThat(v.value()).isEqualTo("打板子");
		});
	}

	@Test
	void refusesImpossibleDatesAndMalformedAmounts() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.put("CF_JDRQ", "2026-02-30");
		row.put("CF_YXQ", "2027/04/31");
		row.put("CF_NR_FK", "5千");
		assertThat(check(SubjectType.ENTERPRISE, row)).extracting(RuleViolation::fieldCode, RuleViolation::ruleCode)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("CF_JDRQ", RuleViolation.TYPE_FORMAT),
					org.assertj.core.groups.Tuple.tuple("CF_YXQ", RuleViolation.TYPE_FORMAT),
					org.assertj.core.groups.Tuple.tuple("CF_NR_FK", RuleViolation.TYPE_FORMAT));
	}

	@Test
	void refusesAmountsBeyondTheDeclaredScale() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.put("CF_NR_FK", "0.1234567");
		assertThat(check(SubjectType.ENTERPRISE, row)).extracting(RuleViolation::ruleCode)
			.containsExactly(RuleViolation.TYPE_FORMAT);
	}

	@Test
	void refusesTextLongerThanTheMaximumCountingCharactersNotBytes() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.put("CF_WSH", "罚".repeat(128));
		assertThat(check(SubjectType.ENTERPRISE, row)).isEmpty();
		row.put("CF_WSH", "罚".repeat(129));
		assertThat(check(SubjectType.ENTERPRISE, row)).extracting(RuleViolation::ruleCode)
			.containsExactly(RuleViolation.MAX_LENGTH);
	}

	@Test
	void refusesIdentifiersWithBlanksInside() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.put("CF_XDR_SHXYM", "91440101MA5 CXXX1X");
		assertThat(check(SubjectType.ENTERPRISE, row)).extracting(RuleViolation::ruleCode)
			.containsExactly(RuleViolation.TYPE_FORMAT);
	}

	@Test
	void refusesColumnsOutsideTheCatalogButIgnoresEmptyOnes() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.put("内部流水号", "");
		assertThat(check(SubjectType.ENTERPRISE, row)).isEmpty();
		row.put("家庭住址", "广州市天河区某路1号");
		assertThat(check(SubjectType.ENTERPRISE, row)).singleElement().satisfies(v -> {
			assertThat(v.ruleCode()).isEqualTo(RuleViolation.FIELD_NOT_IN_CATALOG);
			assertThat(v.fieldCode()).isEqualTo("家庭住址");
			assertThat(v.value()).as("information outside the catalog is not copied").isNull();
		});
	}

	@Test
	void reportsAllViolationsOfARowAtOnce() {
		Map<String, String> row = SeededCatalogs.penaltyOnEnterprise();
		row.remove("CF_WSH");
		row.put("CF_CFLB", "没收非法财物");
		row.put("CF_JDRQ", "明天");
		assertThat(check(SubjectType.ENTERPRISE, row)).extracting(RuleViolation::ruleCode)
			.containsExactlyInAnyOrder(RuleViolation.MISSING_MANDATORY, RuleViolation.CONDITIONAL_MANDATORY,
					RuleViolation.TYPE_FORMAT);
	}

	private List<RuleViolation> check(SubjectType subjectType, Map<String, String> row) {
		return this.catalog.check("XZCF", subjectType, row);
	}

}
