package io.gongxin.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.calendar.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up, in the log operators read, when a holiday notice is missing. */
@Component
class CalendarCoverageWarning {

	private static final Logger log = LoggerFactory.getLogger(CalendarCoverageWarning.class);

	private final WorkingDays workingDays;

	private final Clock clock;

	CalendarCoverageWarning(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void warnAboutMissingYears() {
		int year = LocalDate.now(this.clock).getYear();
		for (int candidate = year; candidate <= year + 1; candidate++) {
			if (!this.workingDays.isCovered(candidate)) {
				log.warn(
						"GX-CAL-001 No holiday notice loaded for {}: working-day deadlines reaching into {} cannot be "
								+ "computed. Load it with POST /api/admin/calendar/years/{}.",
						candidate, candidate, candidate);
			}
		}
	}

}
