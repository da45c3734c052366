package io.gongxin.inbox.internal;

import java.time.LocalDate;
import java.util.Optional;

import io.gongxin.calendar.WorkingDays;
import io.gongxin.calendar.YearNotCovered;

/**
 * The inbox's counting where the calendar may not reach: late in a year, before the
 * holiday notice of the next one is loaded, a period that runs into it cannot be counted.
 * A task is then opened without a due day ({@link DueSweep} sets it later), and the
 * near-due period ends with the year that is covered (no due day lies beyond it).
 */
public final class CountedDays {

	private CountedDays() {
	}

	/** The due day of a period, or empty while a year it runs into is not covered. */
	public static Optional<LocalDate> due(WorkingDays workingDays, LocalDate start, int days) {
		try {
			return Optional.of(workingDays.addWorkingDays(start, days));
		}
		catch (YearNotCovered ex) {
			return Optional.empty();
		}
	}

	/**
	 * The last day of the {@code days} working days from today, or the last day of the
	 * covered year when the period runs into one that is not.
	 */
	public static LocalDate within(WorkingDays workingDays, LocalDate today, int days) {
		return due(workingDays, today, days).orElseGet(() -> today.withDayOfYear(today.lengthOfYear()));
	}

}
