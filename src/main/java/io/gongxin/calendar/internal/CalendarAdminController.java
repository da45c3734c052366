package io.gongxin.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.platform.ActingUser;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.calendar.HolidayYear;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
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

	private static final int MAX_NOTICE_LENGTH = 200_000;

	private final CalendarYears years;

	private final WorkingDays workingDays;

	private final AuditLog audit;

	private final Clock clock;

	CalendarAdminController(CalendarYears years, WorkingDays workingDays, AuditLog audit, Clock clock) {
		this.years = years;
		this.workingDays = workingDays;
		this.audit = audit;
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
	@Transactional
	Loaded load(@PathVariable int year, @RequestBody String notice) {
		if (year < 1990 || year > 2200) {
			throw new DomainException("GX-CAL-004", ProblemKind.BAD_REQUEST, "The year must be between 1990 and 2200.");
		}
		if (notice.length() > MAX_NOTICE_LENGTH) {
			throw new DomainException("GX-CAL-003", ProblemKind.BAD_REQUEST, "The notice is too large.");
		}
		String actor = ActingUser.currentName();
		if (!HolidayNotices.parse(year, notice, actor).covered()) {
			throw new DomainException("GX-CAL-005", ProblemKind.RULE_VIOLATION,
					"The notice lists no days; a year without holidays does not exist.");
		}
		HolidayYear loaded = this.years.store(year, notice, actor);
		this.audit.record(AuditEntry.change("calendar.year.load", "calendar_year", String.valueOf(year))
			.after(notice)
			.details(loaded.days().size() + " days, papers " + loaded.papers()));
		return new Loaded(year, loaded.days().size(), loaded.papers());
	}

	/** A holiday notice as loaded: the year, how many days it lists and its papers. */
	record Loaded(int year, int listedDays, List<String> papers) {
	}

}
