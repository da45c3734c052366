package io.gongxin.quality.internal;

import java.time.LocalDate;

import io.gongxin.calendar.WorkingDays;
import io.gongxin.platform.DomainException;

/**
 * The 7-working-day rule (发改办财金〔2018〕424号): a decision must be reported within 7 working
 * days after the decision day. A date the holiday calendar does not cover (such as
 * 2099-12-31, the "长期" placeholder some departments put in date fields) makes the answer
 * unknown — never guessed as "no holidays".
 */
public final class TimelinessPolicy {

	public static final int REPORTING_WORKING_DAYS = 7;

	/** What the rule says about one decision. */
	public enum Verdict {

		/** Reported (or still reportable) within the deadline. */
		TIMELY,
		/** The deadline has passed. */
		LATE,
		/** The decision date lies after the day looked at: not a real decision date. */
		IMPLAUSIBLE,
		/** The calendar does not cover the dates. */
		UNKNOWN

	}

	private final WorkingDays workingDays;

	public TimelinessPolicy(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	/**
	 * Whether a decision reported (or looked at) on {@code day} is within the deadline.
	 */
	public Verdict judge(LocalDate decision, LocalDate day) {
		if (decision.isAfter(day)) {
			return Verdict.IMPLAUSIBLE;
		}
		try {
			int elapsed = this.workingDays.workingDaysBetween(decision, day);
			return (elapsed > REPORTING_WORKING_DAYS) ? Verdict.LATE : Verdict.TIMELY;
		}
		catch (DomainException ex) {
			return Verdict.UNKNOWN;
		}
	}

	/** The last day a decision may be reported on, or {@code null} when unknown. */
	public LocalDate deadline(LocalDate decision) {
		try {
			return this.workingDays.addWorkingDays(decision, REPORTING_WORKING_DAYS);
		}
		catch (DomainException ex) {
			return null;
		}
	}

}
