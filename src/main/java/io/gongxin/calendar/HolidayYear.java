package io.gongxin.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * One year's notice: days off and adjusted working days (调休上班).
 *
 * @param year the year
 * @param papers the notices the data comes from
 * @param days every listed date with {@code true} for a day off, {@code false} for a
 * worked weekend day
 * @param source where the data was loaded from ({@code bundled} or the admin who loaded
 * it)
 */
public record HolidayYear(int year, List<String> papers, Map<LocalDate, Boolean> days, String source) {

	public HolidayYear {
		Objects.requireNonNull(papers, "papers");
		Objects.requireNonNull(days, "days");
		for (LocalDate date : days.keySet()) {
			// A notice's 元旦 holiday may start in the last days of the year before
			// (e.g. 2018-12-29 in the 2019 notice).
			if (date.getYear() != year && date.getYear() != year - 1) {
				throw new DomainException("GX-CAL-003", ProblemKind.BAD_REQUEST,
						"Date " + date + " does not belong to the notice for " + year + ".");
			}
		}
		papers = List.copyOf(papers);
		days = java.util.Collections.unmodifiableMap(new TreeMap<>(days));
	}

	/** A year counts as covered only when its notice lists at least one date. */
	public boolean covered() {
		return !this.days.isEmpty();
	}

}
