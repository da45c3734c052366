package io.gongxin.identifier;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckCharactersTests {

	private final IdentifierCheck check = IdentifierCheck.standalone();

	@Test
	void completedUsccsAreValid() {
		Random random = new Random(7);
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		for (int i = 0; i < 2000; i++) {
			StringBuilder body = new StringBuilder("91440101");
			for (int j = 0; j < 8; j++) {
				body.append(alphabet.charAt(random.nextInt(10 + (j > 0 ? 21 : 0))));
			}
			String code = CheckCharacters.uscc(body.toString());
			assertThat(this.check.verdict(code)).as(code).isEqualTo(Verdict.VALID);
		}
	}

	@Test
	void completedCitizenIdsAreValid() {
		assertThat(this.check.verdict(CheckCharacters.citizenId("11010519491231002"))).isEqualTo(Verdict.VALID);
		assertThat(CheckCharacters.citizenId("11010519491231002")).isEqualTo("11010519491231002X");
	}

}
