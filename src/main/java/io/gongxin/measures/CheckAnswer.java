package io.gongxin.measures;

import java.time.Instant;
import java.util.List;

/**
 * A check's answer, stamped with the instant it speaks for; {@link CreditChecks#replay}
 * recomputes it from the data as of that instant.
 *
 * @param checkedAtText the instant in the configured time zone, as people read it
 * @param ticket the feedback ticket, when a measure applies
 */
public record CheckAnswer(long checkId, Instant checkedAt, String checkedAtText, String scenario, String scenarioName,
		String department, String departmentName, List<SubjectAnswer> subjects, int sanctions, int incentives,
		Ticket ticket) {

	public CheckAnswer {
		subjects = List.copyOf(subjects);
	}

}
