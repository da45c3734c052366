package io.gongxin.identifier;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierCheckTests {

	private final IdentifierCheck check = new IdentifierCheck(
			(code) -> "91350211M00013FA1N".equals(code) ? "厦门早期试点赋码，经登记机关核实" : null, RegistrationCategories::builtIn);

	@ParameterizedTest
	@ValueSource(strings = { "914403001922038216", "9144030071526726XG", "91440300708461136T", "91330100799655058B",
			"91110108551385082Q", "91310115591693856A", "91310110666007217T" })
	void publishedUsccVectorsAreValid(String code) {
		assertThat(this.check.verdict(code)).isEqualTo(Verdict.VALID);
		IdentifierReport report = this.check.explain(code);
		assertThat(report.kind()).isEqualTo(IdentifierKind.USCC);
		assertThat(report.canonical()).isEqualTo(code);
		assertThat(report.reasons()).isEmpty();
		assertThat(new Uscc(code).orgCode().value()).isEqualTo(code.substring(8, 17));
	}

	@Test
	void huaweiWithTheLastDigitChangedFailsItsCheckCharacter() {
		IdentifierReport report = this.check.explain("914403001922038217");
		assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(report.kind()).isEqualTo(IdentifierKind.USCC);
		assertThat(report.errors()).extracting(Reason::code).containsExactly("GX-ID-013");
		assertThat(report.errors().get(0).message()).contains("应为 6");
	}

	@ParameterizedTest
	@ValueSource(strings = { "91110108717809965C", "91110000800088421P", "9133010057462616XH" })
	void mockDataCodesFailTheChecksum(String code) {
		assertThat(this.check.verdict(code)).isEqualTo(Verdict.INVALID);
		assertThat(this.check.explain(code).errors()).isNotEmpty();
	}

	@Test
	void anEarlyPilotCodeIsInvalidUnlessItIsOnTheAllowList() {
		assertThat(IdentifierCheck.standalone().verdict("91350211M00013FA1N")).isEqualTo(Verdict.INVALID);
		IdentifierReport report = this.check.explain("91350211M00013FA1N");
		assertThat(report.verdict()).isEqualTo(Verdict.KNOWN_IRREGULAR);
		assertThat(report.reasons()).allMatch(Reason::warning);
		assertThat(report.reasons()).extracting(Reason::code).contains("GX-ID-025", "GX-ID-013");
		assertThat(report.reasons()).extracting(Reason::code).doesNotContain("GX-ID-014");
	}

	@Test
	void theEmbeddedOrgCodeCheckIsReportedSeparately() {
		// Huawei's org code with its own check digit changed, USCC check digit
		// recomputed.
		String body = "91440300192203820";
		String code = body + io.gongxin.identifier.internal.Checksums.usccCheckCharacter(body);
		IdentifierReport report = this.check.explain(code);
		assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(report.errors()).extracting(Reason::code).containsExactly("GX-ID-014");
	}

	@ParameterizedTest
	@ValueSource(strings = { "11010519491231002X", "440524188001010014" })
	void theStandardsCitizenIdExamplesAreValidCitizenIdsNotUsccs(String code) {
		IdentifierReport report = this.check.explain(code);
		assertThat(report.verdict()).isEqualTo(Verdict.VALID);
		assertThat(report.kind()).isEqualTo(IdentifierKind.CITIZEN_ID);
	}

	@Test
	void aCitizenIdDerivesBirthDateAndSex() {
		CitizenId female = new CitizenId("11010519491231002X");
		assertThat(female.birthDate()).hasToString("1949-12-31");
		assertThat(female.sex()).isEqualTo(Sex.FEMALE);
		assertThat(female.division().value()).isEqualTo("110105");
		CitizenId male = new CitizenId("440524188001010014");
		assertThat(male.sex()).isEqualTo(Sex.MALE);
		assertThat(male.birthDate()).hasToString("1880-01-01");
	}

	@Test
	void aCitizenIdWithAWrongCheckCharacterIsAnInvalidCitizenId() {
		IdentifierReport report = this.check.explain("110105194912310021");
		assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(report.kind()).isEqualTo(IdentifierKind.CITIZEN_ID);
		assertThat(report.errors()).extracting(Reason::code).containsExactly("GX-ID-013");
	}

	@Test
	void aCitizenIdWithAnImpossibleBirthDateIsInvalid() {
		String seventeen = "11010519490230002";
		String code = seventeen + io.gongxin.identifier.internal.Checksums.citizenCheckCharacter(seventeen);
		assertThat(this.check.verdict(code)).isEqualTo(Verdict.INVALID);
	}

	@Test
	void publicDisplayMasksTheBirthDateAndSequence() {
		assertThat(new CitizenId("11010519491231002X").masked()).isEqualTo("110105********002X");
		IdentifierReport masked = this.check.explain("11010519491231002X").forPublic();
		assertThat(masked.input()).isEqualTo("110105********002X");
		assertThat(masked.canonical()).isEqualTo("110105********002X");
		assertThat(masked.parts()).doesNotContainKeys("birthDate", "sex", "sequence");
		assertThat(masked.masked()).isTrue();
	}

	@Test
	void aLegacyFifteenDigitIdIsNormalisableToEighteenDigits() {
		// The standard's male example without century and check digit.
		IdentifierReport report = this.check.explain("440524800101001");
		assertThat(report.verdict()).isEqualTo(Verdict.NORMALISABLE);
		assertThat(report.kind()).isEqualTo(IdentifierKind.LEGACY_CITIZEN_ID);
		assertThat(report.canonical()).isEqualTo(CitizenId.fromLegacy("440524800101001").value());
		assertThat(report.canonical()).startsWith("44052419800101001").hasSize(18);
		assertThat(this.check.verdict(report.canonical())).isEqualTo(Verdict.VALID);
	}

	static Stream<String> normalisableSpellings() {
		return Stream.of("914403001922038216 ".strip() + " ", " 9144 0300 7152 6726 XG", "9144030071526726xg",
				"91440300-71526726-XG", "９１４４０３００１９２２０３８２１６", "11010519491231002x", "71526726-X");
	}

	@ParameterizedTest
	@MethodSource("normalisableSpellings")
	void casualSpellingsAreNormalisable(String spelling) {
		IdentifierReport report = this.check.explain(spelling);
		assertThat(report.verdict()).isEqualTo(Verdict.NORMALISABLE);
		assertThat(this.check.verdict(report.canonical())).isEqualTo(Verdict.VALID);
		assertThat(report.reasons()).extracting(Reason::code).contains("GX-ID-021");
	}

	@Test
	void theOrgCodeInsideTencentsUsccIsAValidOrgCode() {
		assertThat(this.check.verdict("71526726X")).isEqualTo(Verdict.VALID);
		assertThat(OrgCode.parse("71526726-x").display()).isEqualTo("71526726-X");
		assertThat(this.check.explain("71526726X").kind()).isEqualTo(IdentifierKind.ORG_CODE);
	}

	@Test
	void thePlaceholderIsOnlyForIndividualBusinesses() {
		assertThat(this.check.verdict(IdentifierCheck.PLACEHOLDER, HolderCategory.INDIVIDUAL_BUSINESS))
			.isEqualTo(Verdict.PLACEHOLDER);
		assertThat(this.check.verdict(IdentifierCheck.PLACEHOLDER, HolderCategory.LEGAL_ENTITY))
			.isEqualTo(Verdict.INVALID);
		IdentifierReport refused = this.check.explain(IdentifierCheck.PLACEHOLDER, HolderCategory.LEGAL_ENTITY);
		assertThat(refused.errors()).extracting(Reason::code).containsExactly("GX-ID-016");
		assertThat(this.check.explain("00000000000000000x", HolderCategory.INDIVIDUAL_BUSINESS).verdict())
			.isEqualTo(Verdict.PLACEHOLDER);
	}

	@Test
	void anUnknownDepartmentCategoryPairIsOnlyAWarning() {
		String body = "9Y4403001922038";
		String seventeen = body + "21";
		String code = seventeen + io.gongxin.identifier.internal.Checksums.usccCheckCharacter(seventeen);
		IdentifierReport report = this.check.explain(code);
		assertThat(report.verdict()).isEqualTo(Verdict.VALID);
		assertThat(report.reasons()).singleElement().satisfies((reason) -> {
			assertThat(reason.code()).isEqualTo("GX-ID-020");
			assertThat(reason.warning()).isTrue();
		});
	}

	@Test
	void aUsccExposesItsParts() {
		Uscc huawei = Uscc.parse("9144 0300 1922 0382 16");
		assertThat(huawei.registrationDepartment()).isEqualTo('9');
		assertThat(huawei.category()).isEqualTo('1');
		assertThat(huawei.division().value()).isEqualTo("440300");
		assertThat(huawei.division().province().value()).isEqualTo("440000");
		assertThat(huawei.orgCode().display()).isEqualTo("19220382-1");
		IdentifierReport report = this.check.explain(huawei.value());
		assertThat(report.parts()).containsEntry("registrationDepartment", "9 市场监管")
			.containsEntry("category", "1 企业")
			.containsEntry("division", "440300");
	}

	@Test
	void kindDetectionDoesNotTakeACitizenIdForAUscc() {
		assertThat(this.check.kindOf("11010519491231002X")).isEqualTo(IdentifierKind.CITIZEN_ID);
		assertThat(this.check.kindOf("914403001922038216")).isEqualTo(IdentifierKind.USCC);
		assertThat(this.check.kindOf("71526726-X")).isEqualTo(IdentifierKind.ORG_CODE);
		assertThat(this.check.kindOf("hello")).isEqualTo(IdentifierKind.UNKNOWN);
	}

}
