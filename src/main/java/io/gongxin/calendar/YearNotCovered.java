package io.gongxin.calendar;

import java.util.Map;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * A working-day computation reached a year for which no holiday notice is loaded. Never
 * treated as a year without holidays: an administrator must load the year's notice.
 */
public class YearNotCovered extends DomainException {

	private final int year;

	public YearNotCovered(int year) {
		super("GX-CAL-001", ProblemKind.CONFLICT, "No holiday notice is loaded for " + year
				+ "; working days cannot be counted until an administrator loads it.", Map.of("year", year));
		this.year = year;
	}

	public int year() {
		return this.year;
	}

}
