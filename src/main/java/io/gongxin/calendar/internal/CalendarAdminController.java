package io.gongxin.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.calendar.HolidayYear;
import io.gongxin.calendar.WorkingDays;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators see the calendar's coverage and load a year's notice at runtime. */
@RestController
@RequestMapping("/api/admin/calendar")
@PreAuthorize("hasRole('ADMIN')")
class CalendarAdminController {

	private final CalendarYears years;

	private final WorkingDays workingDays;

	private final HolidayLoading loading;

	private final Clock clock;

	CalendarAdminController(CalendarYears years, WorkingDays workingDays, HolidayLoading loading, Clock clock) {
		this.years = years;
		this.workingDays = workingDays;
		this.loading = loading;
		this.clock = clock;
	}

	record YearSummary(int year, boolean covered, int listedDays, List<String> papers, String source) {
	}

	record Coverage(int currentYear, boolean currentYearCovered, boolean nextYearCovered, List<YearSummary> years) {
	}

	@GetMapping("/years")
	Coverage coverage() {
		int year = LocalDate.now(this.clock).getYear();
		List<YearSummary> summaries = this.years.current()
			.values()
			.stream()
			.map((notice) -> new YearSummary(notice.year(), notice.covered(), notice.days().size(), notice.papers(),
					notice.source()))
			.toList();
		return new Coverage(year, this.workingDays.isCovered(year), this.workingDays.isCovered(year + 1), summaries);
	}

	@PostMapping(path = "/years/{year}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Loaded load(@PathVariable int year, @RequestBody String notice) {
		HolidayYear loaded = this.loading.load(year, notice);
		return new Loaded(year, loaded.days().size(), loaded.papers());
	}

	/** A holiday notice as loaded: the year, how many days it lists and its papers. */
	record Loaded(int year, int listedDays, List<String> papers) {
	}

}
