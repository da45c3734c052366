package io.gongxin.catalog.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gongxin.catalog.RuleViolation;
import io.gongxin.subject.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;

class LicenseRowValidationTests {

	private final CompiledCatalog catalog = SeededCatalogs.current();

	@Test
	void acceptsALicenseForAnIndividualBusinessWithThePlaceholderCodeAndARegistrationNumber() {
		assertThat(check(SubjectType.INDIVIDUAL_BUSINESS, SeededCatalogs.licenseOnIndividualBusiness())).isEmpty();
	}

	@Test
	void requiresTheRegistrationNumberWhenThePlaceholderCodeIsUsed() {
		Map<String, String> row = SeededCatalogs.licenseOnIndividualBusiness();
		row.remove("XK_XDR_GSZC");
		assertThat(check(SubjectType.INDIVIDUAL_BUSINESS, row)).singleElement().satisfies(v -> {
			assertThat(v.fieldCode()).isEqualTo("XK_XDR_GSZC");
			assertThat(v.ruleCode()).isEqualTo(RuleViolation.CONDITIONAL_MANDATORY);
		});
	}

	@Test
	void refusesAnUnknownLicenseType() {
		Map<String, String> row = SeededCatalogs.licenseOnIndividualBusiness();
		row.put("XK_XKLB", "临时");
		assertThat(check(SubjectType.INDIVIDUAL_BUSINESS, row)).extracting(RuleViolation::ruleCode)
			.containsExactly(RuleViolation.CODE_LIST);
	}

	@Test
	void acceptsTheCodeOfAnEntryInPlaceOfItsLabel() {
		Map<String, String> row = SeededCatalogs.licenseOnIndividualBusiness();
		row.put("XK_XKLB", "1");
		row.put("XK_XDR_LB", "3");
		assertThat(check(SubjectType.INDIVIDUAL_BUSINESS, row)).isEmpty();
	}

	@Test
	void marksWhichFieldsHoldIdentifiersForTheIdentifierModule() {
		CompiledCategory license = this.catalog.category("XZXK");
		assertThat(license.field("XK_XDR_SHXYM").isIdentifier()).isTrue();
		assertThat(license.field("统一社会信用代码").identifierKind()).hasToString("USCC");
		assertThat(license.field("XK_NR").isIdentifier()).isFalse();
	}

	private List<RuleViolation> check(SubjectType subjectType, Map<String, String> row) {
		return this.catalog.check("XZXK", subjectType, row);
	}

}
