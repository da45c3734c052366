package io.gongxin.subject.internal;

import org.junit.jupiter.api.Test;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.subject.SubjectKey;

import static org.assertj.core.api.Assertions.assertThat;

class CodeQueryTests {

	/** A Guangzhou enterprise's 18-digit USCC, the most common shape of all. */
	private static final String ALL_DIGIT_USCC = allDigitUscc();

	private static final String CITIZEN_ID = CheckCharacters.citizenId("44010619850312003");

	@Test
	void anAllDigitUsccIsAUsccForThePublic() {
		assertThat(CodeQuery.candidates(ALL_DIGIT_USCC, false)).containsExactly(SubjectKey.uscc(ALL_DIGIT_USCC));
	}

	@Test
	void anEighteenDigitStringWithABirthDateIsTriedAsBothKindsForOfficers() {
		assertThat(CodeQuery.candidates(CITIZEN_ID, true)).containsExactly(SubjectKey.uscc(CITIZEN_ID),
				SubjectKey.citizenId(CITIZEN_ID));
		assertThat(CodeQuery.candidates(CITIZEN_ID, false)).containsExactly(SubjectKey.uscc(CITIZEN_ID));
	}

	@Test
	void anAllDigitUsccWithoutABirthDateIsNoCitizenIdEvenForOfficers() {
		// positions 7-14 (99999999) are no date
		String code = "914401" + "99999999" + "0000";
		assertThat(CodeQuery.candidates(code, true)).containsExactly(SubjectKey.uscc(code));
	}

	@Test
	void aFinalXFitsBothAlphabetsAndAFinalZNeither() {
		String id = "11010519491231002X";
		assertThat(CodeQuery.candidates(id, true)).containsExactly(SubjectKey.uscc(id), SubjectKey.citizenId(id));
		String notUscc = "11010519491231002Z";
		assertThat(CodeQuery.candidates(notUscc, true)).isEmpty();
	}

	@Test
	void aUsccWithAWrongCheckCharacterIsStillLookedUp() {
		String valid = CheckCharacters.uscc("91440101MA5ALWFF");
		String wrong = valid.substring(0, 17) + ((valid.charAt(17) == '1') ? '2' : '1');
		assertThat(CodeQuery.candidates(wrong, false)).containsExactly(SubjectKey.uscc(wrong));
	}

	@Test
	void lettersOutsideTheUsccAlphabetAreNoUscc() {
		assertThat(CodeQuery.candidates("91440101MA5ALWFFIO", false)).isEmpty();
		assertThat(CodeQuery.candidates("91440101MA5ALWFSV1", false)).isEmpty();
	}

	@Test
	void casualSpellingsAreFolded() {
		String code = CheckCharacters.uscc("91440101MA5ALWFF");
		String fullWidth = code.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0))).reduce("", String::concat);
		assertThat(CodeQuery.candidates(" " + code.toLowerCase() + " ", false)).containsExactly(SubjectKey.uscc(code));
		assertThat(CodeQuery.candidates(fullWidth, false)).containsExactly(SubjectKey.uscc(code));
		assertThat(CodeQuery.candidates("9144 0101 MA5A LWFF" + code.substring(16), false))
			.containsExactly(SubjectKey.uscc(code));
	}

	@Test
	void anOrganisationCodeIsFoundWithOrWithoutItsHyphen() {
		SubjectKey key = new SubjectKey(SubjectKey.Kind.ORG_CODE, "MA5ALWFF1");
		assertThat(CodeQuery.candidates("MA5ALWFF1", false)).containsExactly(key);
		assertThat(CodeQuery.candidates("ma5alwff-1", false)).containsExactly(key);
		assertThat(CodeQuery.candidates("MA5ALWFFY", false)).isEmpty();
	}

	@Test
	void aFifteenDigitRegistrationNumberIsLookedUp() {
		assertThat(CodeQuery.candidates("440101000123456", false))
			.containsExactly(new SubjectKey(SubjectKey.Kind.REGISTRATION_NUMBER, "440101000123456"));
		assertThat(CodeQuery.candidates("44010100012345A", false)).isEmpty();
	}

	@Test
	void namesAreNoCodes() {
		assertThat(CodeQuery.candidates("广州市天河区张伟五金店", true)).isEmpty();
		assertThat(CodeQuery.candidates("有限公司", true)).isEmpty();
		assertThat(CodeQuery.candidates("", true)).isEmpty();
		assertThat(CodeQuery.candidates(null, true)).isEmpty();
		assertThat(CodeQuery.candidates("x".repeat(1000), true)).isEmpty();
	}

	@Test
	void aCitizenIdWithAnImpossibleDateIsNoCitizenId() {
		assertThat(CodeQuery.isCitizenId(CheckCharacters.citizenId("44010619850230003"))).isFalse();
		assertThat(CodeQuery.isCitizenId(CheckCharacters.citizenId("44010618000101003"))).isFalse();
		assertThat(CodeQuery.isCitizenId(CITIZEN_ID)).isTrue();
	}

	/** The first all-digit code of a Guangzhou enterprise (check characters computed). */
	static String allDigitUscc() {
		for (int serial = 1;; serial++) {
			String code = CheckCharacters.uscc("91440101" + String.format("%08d", serial));
			if (code.chars().allMatch(Character::isDigit)) {
				return code;
			}
		}
	}

}
