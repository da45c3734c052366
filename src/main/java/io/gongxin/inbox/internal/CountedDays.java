package io.gongxin.inbox.internal;

import java.time.LocalDate;

import io.gongxin.calendar.WorkingDays;

/**
 * The inbox's near-due periods where the calendar may not reach: late in a year, before
 * the holiday notice of the next one is loaded, such a period ends with the year that is
 * covered. No due day lies beyond it: a task whose period runs into that year is opened
 * without one ({@link DueSweep} sets it later).
 */
public final class CountedDays {

	private CountedDays() {
	}

	/**
	 * The last day of the {@code days} working days from today, or the last day of the
	 * covered year when the period runs into one that is not.
	 */
	public static LocalDate within(WorkingDays workingDays, LocalDate today, int days) {
		return workingDays.addWorkingDaysIfCovered(today, days)
			.orElseGet(() -> today.withDayOfYear(today.lengthOfYear()));
	}

}
