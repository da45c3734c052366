package io.gongxin.quality;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * A closed range of days metrics are summed over: a month, quarter, year or custom range.
 *
 * @param label how the period is named in Chinese, e.g. {@code 2026年11月}
 */
public record Period(LocalDate from, LocalDate to, String label) {

	/** Longest custom range, so a typo cannot ask for centuries. */
	static final long MAX_DAYS = 3 * 366;

	public Period {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
			throw new DomainException("GX-QLT-001", ProblemKind.BAD_REQUEST,
					"A period runs forward and spans at most " + MAX_DAYS + " days.");
		}
		label = (label == null || label.isBlank()) ? from + " 至 " + to : label;
	}

	public static Period month(YearMonth month) {
		return new Period(month.atDay(1), month.atEndOfMonth(), month.getYear() + "年" + month.getMonthValue() + "月");
	}

	public static Period quarter(int year, int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new DomainException("GX-QLT-001", ProblemKind.BAD_REQUEST, "A quarter is 1 to 4.");
		}
		YearMonth first = YearMonth.of(year, quarter * 3 - 2);
		return new Period(first.atDay(1), first.plusMonths(2).atEndOfMonth(), year + "年第" + quarter + "季度");
	}

	public static Period year(int year) {
		return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), year + "年");
	}

	public static Period custom(LocalDate from, LocalDate to) {
		return new Period(from, to, null);
	}

	/**
	 * Parses the period parameters of the API: {@code month=2026-11},
	 * {@code quarter=2026-Q4}, {@code year=2026} or {@code from}/{@code to}; the current
	 * month by default.
	 */
	public static Period parse(String month, String quarter, String year, LocalDate from, LocalDate to,
			LocalDate today) {
		try {
			if (from != null || to != null) {
				return custom((from != null) ? from : to, (to != null) ? to : from);
			}
			if (quarter != null && !quarter.isBlank()) {
				String[] parts = quarter.trim().toUpperCase().split("-?Q");
				return quarter(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
			}
			if (year != null && !year.isBlank()) {
				return year(Integer.parseInt(year.trim()));
			}
			return month((month != null && !month.isBlank()) ? YearMonth.parse(month.trim()) : YearMonth.from(today));
		}
		catch (RuntimeException ex) {
			if (ex instanceof DomainException domain) {
				throw domain;
			}
			throw new DomainException("GX-QLT-001", ProblemKind.BAD_REQUEST,
					"Period not understood; use month=YYYY-MM, quarter=YYYY-Qn, year=YYYY or from/to dates.");
		}
	}

	/**
	 * The period of the same length just before this one (the previous month for a
	 * month).
	 */
	public Period previous() {
		if (this.from.getDayOfMonth() == 1 && this.to.equals(YearMonth.from(this.to).atEndOfMonth())) {
			long months = ChronoUnit.MONTHS.between(YearMonth.from(this.from), YearMonth.from(this.to)) + 1;
			YearMonth start = YearMonth.from(this.from).minusMonths(months);
			YearMonth end = YearMonth.from(this.from).minusMonths(1);
			String name = (months == 1) ? start.getYear() + "年" + start.getMonthValue() + "月" : null;
			return new Period(start.atDay(1), end.atEndOfMonth(), name);
		}
		long days = ChronoUnit.DAYS.between(this.from, this.to) + 1;
		return new Period(this.from.minusDays(days), this.from.minusDays(1), null);
	}

}
