package io.gongxin.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A statutory deadline counted in working days, with the rule it comes from.
 *
 * @param start the day the period starts from (the decision date, the receipt date …);
 * the period is counted from the next day
 * @param workingDays the number of working days allowed
 * @param legalBasis the rule, e.g. {@link LegalBasis#DOUBLE_PUBLICITY}
 * @param due the last day on which the act is still on time
 */
public record Deadline(LocalDate start, int workingDays, String legalBasis, LocalDate due) {

	public Deadline {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(due, "due");
		if (workingDays < 0) {
			throw new IllegalArgumentException("workingDays must not be negative");
		}
		if (legalBasis == null || legalBasis.isBlank()) {
			throw new IllegalArgumentException("a deadline must name its legal basis");
		}
	}

	/** The deadline {@code n} working days after {@code start} on the given calendar. */
	public static Deadline of(LocalDate start, int n, String legalBasis, WorkingDays calendar) {
		return new Deadline(start, n, legalBasis, calendar.addWorkingDays(start, n));
	}

	public boolean metBy(LocalDate actDate) {
		return !actDate.isAfter(this.due);
	}

	public boolean overdueOn(LocalDate today) {
		return today.isAfter(this.due);
	}

}
