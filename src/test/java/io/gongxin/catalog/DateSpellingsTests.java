package io.gongxin.catalog;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateSpellingsTests {

	private static final LocalDate DAY = LocalDate.of(2026, 3, 8);

	@Test
	void everySpellingProvidersUseReadsAsTheSameDay() {
		for (String spelling : new String[] { "2026-03-08", "2026-3-8", "2026/03/08", "2026/3/8", "2026.03.08",
				"2026.3.8", "20260308", "2026年3月8日", "2026年03月08日", " 2026-03-08 ", "2026-03-08 00:00:00",
				"2026/3/8 00:00", "2026-03-08T00:00:00", "2026-03-08 00:00:00.0" }) {
			assertThat(DateSpellings.parse(spelling)).as(spelling).isEqualTo(DAY);
			assertThat(DateSpellings.normalise(spelling)).as(spelling).isEqualTo("2026-03-08");
		}
	}

	@Test
	void impossibleOrMixedSpellingsAreNotDates() {
		for (String spelling : new String[] { "2026-02-30", "2026/13/01", "2026-03/08", "2026年3月8", "26-03-08",
				"2026-03-08 12:30", "20260230", "2026-003-08", "二〇二六年三月八日", "长期", "", "2026-03-0８" }) {
			assertThat(DateSpellings.parse(spelling)).as(spelling).isNull();
		}
		assertThat(DateSpellings.parse(null)).isNull();
		assertThat(DateSpellings.normalise("长期")).isEqualTo("长期");
	}

	@Test
	void leapDaysAreRespected() {
		assertThat(DateSpellings.parse("2028/2/29")).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(DateSpellings.parse("2027/2/29")).isNull();
	}

}
