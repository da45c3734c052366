package io.gongxin.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.gongxin.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTests {

	private final WorkingDays calendar = WorkingDays.bundled();

	@ParameterizedTest(name = "{0} is a working day: {1}")
	@CsvSource({
			// 2024 (国办发明电〔2023〕7号)
			"2024-01-01, false", "2024-02-04, true", "2024-02-10, false", "2024-02-17, false", "2024-02-18, true",
			"2024-04-07, true", "2024-04-28, true", "2024-05-05, false", "2024-05-11, true", "2024-06-10, false",
			"2024-09-14, true", "2024-09-17, false", "2024-09-29, true", "2024-10-07, false", "2024-10-12, true",
			"2024-10-08, true",
			// 2025
			"2025-01-01, false", "2025-01-26, true", "2025-01-28, false", "2025-02-04, false", "2025-02-08, true",
			"2025-04-04, false", "2025-04-27, true", "2025-05-05, false", "2025-06-02, false", "2025-09-28, true",
			"2025-10-08, false", "2025-10-09, true", "2025-10-11, true",
			// 2026
			"2026-01-02, false", "2026-01-04, true", "2026-02-14, true", "2026-02-15, false", "2026-02-23, false",
			"2026-02-24, true", "2026-02-28, true", "2026-04-06, false", "2026-05-05, false", "2026-05-09, true",
			"2026-06-19, false", "2026-09-20, true", "2026-09-25, false", "2026-10-07, false", "2026-10-08, true",
			"2026-10-10, true",
			// ordinary weekdays and weekends
			"2026-03-04, true", "2026-03-07, false", "2026-03-08, false" })
	void followsTheStateCouncilNotices(LocalDate date, boolean working) {
		assertThat(this.calendar.isWorkingDay(date)).isEqualTo(working);
	}

	@Test
	void twoWorkingDaysAfterTheDayBeforeNationalDay2025IsOctoberTenth() {
		assertThat(this.calendar.addWorkingDays(LocalDate.parse("2025-09-30"), 2)).isEqualTo("2025-10-10");
	}

	@Test
	void addingAndCountingWorkingDaysAreInverse() {
		LocalDate start = LocalDate.parse("2024-01-01");
		for (int n = 0; n <= 400; n += 7) {
			LocalDate end = this.calendar.addWorkingDays(start, n);
			assertThat(this.calendar.workingDaysBetween(start, end)).isEqualTo(n);
			assertThat(this.calendar.workingDaysBetween(end, start)).isEqualTo(-n);
		}
		assertThat(this.calendar.addWorkingDays(LocalDate.parse("2026-02-24"), -1)).isEqualTo("2026-02-14");
	}

	@Test
	void countsWorkingDaysAcrossTheSpringFestival2026() {
		// 2026-02-13 (Fri) to 2026-02-27 (Fri): 02-14 worked Saturday plus 02-24..02-27.
		assertThat(this.calendar.workingDaysBetween(LocalDate.parse("2026-02-13"), LocalDate.parse("2026-02-27")))
			.isEqualTo(5);
	}

	@Test
	void aDoublePublicityDeadlineKnowsItsLegalBasis() {
		Deadline deadline = this.calendar.deadline(LocalDate.parse("2026-09-29"), LegalBasis.DOUBLE_PUBLICITY_DAYS,
				LegalBasis.DOUBLE_PUBLICITY);
		// 09-30, 10-08, 10-09, 10-10 (worked Saturday), 10-12, 10-13, 10-14
		assertThat(deadline.due()).isEqualTo("2026-10-14");
		assertThat(deadline.legalBasis()).contains("424号");
		assertThat(deadline.metBy(LocalDate.parse("2026-10-14"))).isTrue();
		assertThat(deadline.overdueOn(LocalDate.parse("2026-10-15"))).isTrue();
	}

	@Test
	void aYearWithoutANoticeIsAnExplicitConditionNotAYearWithoutHolidays() {
		assertThat(this.calendar.isCovered(2026)).isTrue();
		assertThat(this.calendar.isCovered(2027)).isFalse();
		assertThatThrownBy(() -> this.calendar.isWorkingDay(LocalDate.parse("2027-03-01")))
			.isInstanceOfSatisfying(YearNotCovered.class, (ex) -> {
				assertThat(ex.year()).isEqualTo(2027);
				assertThat(ex.code()).isEqualTo("GX-CAL-001");
			});
		assertThatThrownBy(() -> this.calendar.addWorkingDays(LocalDate.parse("2026-12-28"), 7))
			.isInstanceOf(YearNotCovered.class);
	}

	@Test
	void aCountIntoAYearWithoutANoticeIsEmptyRatherThanGuessed() {
		assertThat(this.calendar.addWorkingDaysIfCovered(LocalDate.parse("2026-12-28"), 7)).isEmpty();
		assertThat(this.calendar.addWorkingDaysIfCovered(LocalDate.parse("2025-09-30"), 2))
			.contains(LocalDate.parse("2025-10-10"));
	}

	@Test
	void aLoadedYearBecomesCovered() {
		SortedMap<Integer, HolidayYear> years = new TreeMap<>(this.calendar.coveredYears());
		years.put(2027, new HolidayYear(2027, List.of("test"), Map.of(LocalDate.parse("2027-01-01"), true), "test"));
		WorkingDays extended = new WorkingDays(() -> years);
		assertThat(extended.isWorkingDay(LocalDate.parse("2027-01-01"))).isFalse();
		assertThat(extended.addWorkingDays(LocalDate.parse("2026-12-31"), 1)).isEqualTo("2027-01-04");
	}

	@Test
	void refusesAbsurdSpans() {
		assertThatThrownBy(() -> this.calendar.addWorkingDays(LocalDate.parse("2024-01-01"), 100_000))
			.isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("code", "GX-CAL-002");
	}

}
