package io.gongxin.quality.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.gongxin.calendar.WorkingDays;
import io.gongxin.quality.internal.TimelinessPolicy.Verdict;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinessPolicyTests {

	final TimelinessPolicy policy = new TimelinessPolicy(WorkingDays.bundled());

	@Test
	void theNationalDayHolidayDoesNotCountTowardsTheSevenDays() {
		// decided Tue 2025-09-30; 10-01..10-08 off; Sat 10-11 is a working day:
		// 10-09, 10-10, 10-11, 10-13, 10-14, 10-15, 10-16
		LocalDate decision = LocalDate.of(2025, 9, 30);
		assertThat(this.policy.deadline(decision)).isEqualTo(LocalDate.of(2025, 10, 16));
		assertThat(this.policy.judge(decision, LocalDate.of(2025, 10, 16))).isEqualTo(Verdict.TIMELY);
		assertThat(this.policy.judge(decision, LocalDate.of(2025, 10, 17))).isEqualTo(Verdict.LATE);
	}

	@Test
	void anAdjustedSundayCountsAsAWorkingDay() {
		// decided Fri 2026-09-18; Sun 09-20 is worked; 09-25..09-27 off
		assertThat(this.policy.deadline(LocalDate.of(2026, 9, 18))).isEqualTo(LocalDate.of(2026, 9, 29));
		assertThat(this.policy.judge(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 30))).isEqualTo(Verdict.LATE);
	}

	@Test
	void reportingOnTheDecisionDayIsTimely() {
		assertThat(this.policy.judge(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20))).isEqualTo(Verdict.TIMELY);
	}

	@Test
	void theLongTermPlaceholderDateIsNeverTakenForADecisionDate() {
		LocalDate longTerm = LocalDate.of(2099, 12, 31);
		assertThat(this.policy.judge(longTerm, LocalDate.of(2026, 11, 25))).isEqualTo(Verdict.IMPLAUSIBLE);
		assertThat(this.policy.judge(LocalDate.of(2026, 11, 20), longTerm)).isEqualTo(Verdict.UNKNOWN);
		assertThat(this.policy.deadline(longTerm)).isNull();
	}

	@Test
	void aYearWithoutHolidayDataIsUnknownNotHolidayFree() {
		assertThat(this.policy.judge(LocalDate.of(2027, 12, 28), LocalDate.of(2028, 1, 10))).isEqualTo(Verdict.UNKNOWN);
	}

}
