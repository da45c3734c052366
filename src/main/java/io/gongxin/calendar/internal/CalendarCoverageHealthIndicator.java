package io.gongxin.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.calendar.WorkingDays;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Shows whether this year's and next year's holiday notices are loaded. A missing current
 * year makes deadlines uncomputable (DOWN); a missing next year is a warning while the
 * notice is normally still to be published (it appears in Oct or Nov).
 */
@Component("calendarCoverage")
class CalendarCoverageHealthIndicator implements HealthIndicator {

	private final WorkingDays workingDays;

	private final Clock clock;

	CalendarCoverageHealthIndicator(WorkingDays workingDays, Clock clock) {
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@Override
	public Health health() {
		int year = LocalDate.now(this.clock).getYear();
		boolean current = this.workingDays.isCovered(year);
		boolean next = this.workingDays.isCovered(year + 1);
		Health.Builder builder = current ? Health.up() : Health.down();
		builder.withDetail("currentYear", year).withDetail("currentYearCovered", current);
		builder.withDetail("nextYear", year + 1).withDetail("nextYearCovered", next);
		if (!current || !next) {
			builder.withDetail("warning", "节假日安排未载入：" + (current ? "" : year + "年 ") + (next ? "" : (year + 1) + "年")
					+ "。请管理员上传国务院办公厅节假日通知（POST /api/admin/calendar/years/{year}）。");
		}
		return builder.build();
	}

}
