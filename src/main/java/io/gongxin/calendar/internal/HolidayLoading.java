package io.gongxin.calendar.internal;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.calendar.HolidayYear;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a year's holiday notice (国务院办公厅关于部分节假日安排的通知) at runtime, from the API or the
 * administrator's page: checked, shown before it counts, stored and audited.
 */
@Component
class HolidayLoading {

	static final int MAX_NOTICE_LENGTH = 200_000;

	private final CalendarYears years;

	private final AuditLog audit;

	HolidayLoading(CalendarYears years, AuditLog audit) {
		this.years = years;
		this.audit = audit;
	}

	/** The notice as it would be loaded, without loading it. */
	HolidayYear preview(int year, String notice) {
		if (year < 1990 || year > 2200) {
			throw new DomainException("GX-CAL-004", ProblemKind.BAD_REQUEST, "The year must be between 1990 and 2200.");
		}
		if (notice == null || notice.length() > MAX_NOTICE_LENGTH) {
			throw new DomainException("GX-CAL-003", ProblemKind.BAD_REQUEST, "The notice is too large.");
		}
		HolidayYear parsed = HolidayNotices.parse(year, notice, ActingUser.currentName());
		if (!parsed.covered()) {
			throw new DomainException("GX-CAL-005", ProblemKind.RULE_VIOLATION,
					"The notice lists no days; a year without holidays does not exist.");
		}
		return parsed;
	}

	@Transactional
	HolidayYear load(int year, String notice) {
		preview(year, notice);
		HolidayYear loaded = this.years.store(year, notice, ActingUser.currentName());
		this.audit.record(AuditEntry.change("calendar.year.load", "calendar_year", String.valueOf(year))
			.after(notice)
			.details(loaded.days().size() + " days, papers " + loaded.papers()));
		return loaded;
	}

}
