package io.gongxin.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

import io.gongxin.calendar.internal.HolidayNotices;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * Working days (工作日): Monday to Friday unless a notice lists the day off, plus weekend
 * days a notice lists as worked (调休上班). Every computation that touches a year without a
 * loaded notice throws {@link YearNotCovered}.
 */
public class WorkingDays {

	/** Longest span one computation may walk, so a typo cannot spin for ever. */
	static final int MAX_SPAN_DAYS = 3 * 366;

	private final Supplier<SortedMap<Integer, HolidayYear>> years;

	private volatile Merged merged;

	public WorkingDays(Supplier<SortedMap<Integer, HolidayYear>> years) {
		this.years = Objects.requireNonNull(years, "years");
	}

	/** The calendar shipped with the platform, without runtime additions. */
	public static WorkingDays bundled() {
		SortedMap<Integer, HolidayYear> years = new TreeMap<>(HolidayNotices.bundled());
		return new WorkingDays(() -> years);
	}

	public boolean isCovered(int year) {
		HolidayYear notice = this.years.get().get(year);
		return notice != null && notice.covered();
	}

	/** Years with a loaded, non-empty notice. */
	public SortedMap<Integer, HolidayYear> coveredYears() {
		SortedMap<Integer, HolidayYear> covered = new TreeMap<>();
		this.years.get().forEach((year, notice) -> {
			if (notice.covered()) {
				covered.put(year, notice);
			}
		});
		return covered;
	}

	public boolean isWorkingDay(LocalDate date) {
		return isWorkingDay(date, listedDays());
	}

	/**
	 * The date {@code n} working days after {@code date} (before it when {@code n} is
	 * negative); {@code date} itself is not counted.
	 */
	public LocalDate addWorkingDays(LocalDate date, int n) {
		Objects.requireNonNull(date, "date");
		if (Math.abs(n) > MAX_SPAN_DAYS / 2) {
			throw new DomainException("GX-CAL-002", ProblemKind.BAD_REQUEST,
					"At most " + MAX_SPAN_DAYS / 2 + " working days can be added.");
		}
		Map<LocalDate, Boolean> listed = listedDays();
		int step = (n >= 0) ? 1 : -1;
		int remaining = Math.abs(n);
		LocalDate day = date;
		while (remaining > 0) {
			day = day.plusDays(step);
			if (isWorkingDay(day, listed)) {
				remaining--;
			}
		}
		return day;
	}

	/**
	 * The date {@code n} working days after {@code date}, or empty while a year the count
	 * runs into has no loaded notice: for work that goes on and gets its day once the
	 * notice is loaded, never a guessed one.
	 */
	public Optional<LocalDate> addWorkingDaysIfCovered(LocalDate date, int n) {
		try {
			return Optional.of(addWorkingDays(date, n));
		}
		catch (YearNotCovered ex) {
			return Optional.empty();
		}
	}

	/**
	 * Working days after {@code a} up to and including {@code b}, negative when {@code b}
	 * is before {@code a}; so {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
	 */
	public int workingDaysBetween(LocalDate a, LocalDate b) {
		Objects.requireNonNull(a, "a");
		Objects.requireNonNull(b, "b");
		if (b.isBefore(a)) {
			return -workingDaysBetween(b, a);
		}
		if (a.plusDays(MAX_SPAN_DAYS).isBefore(b)) {
			throw new DomainException("GX-CAL-002", ProblemKind.BAD_REQUEST,
					"Spans longer than " + MAX_SPAN_DAYS + " days are not counted.");
		}
		Map<LocalDate, Boolean> listed = listedDays();
		int count = 0;
		for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
			if (isWorkingDay(day, listed)) {
				count++;
			}
		}
		return count;
	}

	/** A deadline {@code n} working days after {@code start}. */
	public Deadline deadline(LocalDate start, int n, String legalBasis) {
		return Deadline.of(start, n, legalBasis, this);
	}

	private boolean isWorkingDay(LocalDate date, Map<LocalDate, Boolean> listed) {
		if (!isCovered(date.getYear())) {
			throw new YearNotCovered(date.getYear());
		}
		Boolean off = listed.get(date);
		if (off != null) {
			return !off;
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

	private Map<LocalDate, Boolean> listedDays() {
		SortedMap<Integer, HolidayYear> current = this.years.get();
		Merged merged = this.merged;
		if (merged == null || merged.years() != current) {
			Map<LocalDate, Boolean> listed = new HashMap<>();
			current.values().forEach((notice) -> listed.putAll(notice.days()));
			merged = new Merged(current, Map.copyOf(listed));
			this.merged = merged;
		}
		return merged.days();
	}

	/** The listed days of one snapshot of notices, rebuilt when the snapshot changes. */
	private record Merged(SortedMap<Integer, HolidayYear> years, Map<LocalDate, Boolean> days) {
	}

}
