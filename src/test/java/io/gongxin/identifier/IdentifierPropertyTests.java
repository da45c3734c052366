package io.gongxin.identifier;

import org.junit.jupiter.api.Test;

import io.gongxin.identifier.internal.Checksums;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded properties (no property-testing library): generated valid codes round-trip, and
 * every single-character change of them is caught.
 */
class IdentifierPropertyTests {

	private static final long SEED = 20261125L;

	private static final String REPLACEMENTS = Checksums.USCC_ALPHABET + "IOZSVx-中";

	private final IdentifierCheck check = IdentifierCheck.standalone();

	@Test
	void generatedUsccsRoundTripThroughTheRecordAndTheCheck() {
		CodeGenerator generator = new CodeGenerator(SEED);
		for (int i = 0; i < 5_000; i++) {
			String code = generator.uscc();
			assertThat(this.check.verdict(code, HolderCategory.LEGAL_ENTITY)).as(code).isEqualTo(Verdict.VALID);
			assertThat(Uscc.parse(code.toLowerCase()).value()).isEqualTo(code);
			assertThat(this.check.canonical(" " + code.toLowerCase(), HolderCategory.LEGAL_ENTITY)).isEqualTo(code);
		}
	}

	@Test
	void everySingleCharacterChangeOfAGeneratedUsccIsCaught() {
		CodeGenerator generator = new CodeGenerator(SEED + 1);
		for (int i = 0; i < 300; i++) {
			String code = generator.uscc();
			for (int position = 0; position < 18; position++) {
				for (int r = 0; r < REPLACEMENTS.length(); r++) {
					char replacement = REPLACEMENTS.charAt(r);
					if (replacement == code.charAt(position) || (replacement == 'x' && code.charAt(position) == 'X')) {
						// Lower-casing is a spelling, not a change (NORMALISABLE).
						continue;
					}
					String changed = code.substring(0, position) + replacement + code.substring(position + 1);
					Verdict verdict = this.check.verdict(changed, HolderCategory.LEGAL_ENTITY);
					if (verdict != Verdict.INVALID) {
						// A change may land on a valid citizen id (digits only); it is
						// then
						// no longer a USCC, which the kind reveals.
						assertThat(this.check.kindOf(changed)).as(changed).isEqualTo(IdentifierKind.CITIZEN_ID);
					}
				}
			}
		}
	}

	@Test
	void generatedCitizenIdsRoundTripAndEverySingleDigitChangeIsCaught() {
		CodeGenerator generator = new CodeGenerator(SEED + 2);
		for (int i = 0; i < 1_000; i++) {
			String code = generator.citizenId();
			assertThat(this.check.verdict(code)).as(code).isEqualTo(Verdict.VALID);
			assertThat(this.check.kindOf(code)).isEqualTo(IdentifierKind.CITIZEN_ID);
			CitizenId id = CitizenId.parse(code.toLowerCase());
			assertThat(id.value()).isEqualTo(code);
			for (int position = 0; position < 18; position++) {
				for (char digit : "0123456789X".toCharArray()) {
					if (digit == code.charAt(position) || (digit == 'X' && position < 17)) {
						continue;
					}
					String changed = code.substring(0, position) + digit + code.substring(position + 1);
					Verdict verdict = this.check.verdict(changed, HolderCategory.NATURAL_PERSON);
					if (verdict != Verdict.INVALID) {
						assertThat(this.check.kindOf(changed)).as(changed).isEqualTo(IdentifierKind.USCC);
					}
				}
			}
		}
	}

	@Test
	void legacyCitizenIdsConvertToTheEighteenDigitForm() {
		CodeGenerator generator = new CodeGenerator(SEED + 3);
		for (int i = 0; i < 1_000; i++) {
			String code = generator.citizenId();
			if (!code.startsWith("19", 6)) {
				continue;
			}
			String legacy = code.substring(0, 6) + code.substring(8, 17);
			assertThat(CitizenId.fromLegacy(legacy).value()).isEqualTo(code);
			assertThat(this.check.canonical(legacy, HolderCategory.NATURAL_PERSON)).isEqualTo(code);
		}
	}

	@Test
	void generatedOrgCodesRoundTrip() {
		CodeGenerator generator = new CodeGenerator(SEED + 4);
		for (int i = 0; i < 2_000; i++) {
			String code = generator.orgCode();
			assertThat(this.check.verdict(code)).isEqualTo(Verdict.VALID);
			assertThat(OrgCode.parse(code.substring(0, 8) + "-" + code.charAt(8)).value()).isEqualTo(code);
		}
	}

	@Test
	void aCodeValidAsBothCitizenIdAndUsccIsReadAsACitizenIdUnlessTheSubjectIsAnOrganisation() {
		CodeGenerator generator = new CodeGenerator(SEED + 5);
		String both = null;
		for (int i = 0; i < 1_000_000 && both == null; i++) {
			String code = generator.citizenId();
			if ((Checksums.scan18(code) & IdentifierCheck.USCC_ALL) == IdentifierCheck.USCC_ALL) {
				both = code;
			}
		}
		assertThat(both).isNotNull();
		assertThat(this.check.explain(both).kind()).isEqualTo(IdentifierKind.CITIZEN_ID);
		assertThat(this.check.explain(both).reasons()).extracting(Reason::code).contains("GX-ID-023");
		assertThat(this.check.explain(both, HolderCategory.LEGAL_ENTITY).kind()).isEqualTo(IdentifierKind.USCC);
	}

}
