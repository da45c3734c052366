package io.gongxin.identifier;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierBadInputTests {

	private final IdentifierCheck check = IdentifierCheck.standalone();

	static Stream<String> badInput() {
		return Stream.of(null, "", "   ", "91440300192203821", "9144030019220382160", "914403001922038216a",
				"91440300192203821Ｉ", "统一社会信用代码统一社会信用代码统一社", "9144030019220382\uD83D\uDE00", "\uD83D\uDE00".repeat(9),
				"1".repeat(100_000), "' OR 1=1; DROP TABLE identifier_registration; --", "<script>alert(1)</script>",
				"9I44O3OOI9ZZO382I6", "\u0000\u0001\u0002", "null", "00000000000000000Y", "12345678-Z", "4405248001010",
				"440524801301001");
	}

	@ParameterizedTest
	@MethodSource("badInput")
	void badInputGetsAnInvalidVerdictWithReasonsAndNeverAnException(String input) {
		assertThat(this.check.verdict(input)).isEqualTo(Verdict.INVALID);
		IdentifierReport report = this.check.explain(input);
		assertThat(report.verdict()).isEqualTo(Verdict.INVALID);
		assertThat(report.errors()).isNotEmpty();
		assertThat(report.canonical()).isNull();
		if (report.input() != null) {
			assertThat(report.input().length()).isLessThanOrEqualTo(64);
		}
		assertThat(report.forPublic().verdict()).isEqualTo(Verdict.INVALID);
	}

}
