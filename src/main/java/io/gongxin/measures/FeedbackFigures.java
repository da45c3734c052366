package io.gongxin.measures;

/**
 * Feedback statistics for one department, measure or scenario.
 *
 * @param key the department code, measure code or scenario code
 * @param name what people read
 * @param checks checks that named at least one measure
 * @param measures measures named
 * @param applied measures reported as applied
 * @param notApplied measures reported as not applied
 * @param pending checks still waiting for feedback
 * @param overdue checks whose feedback is late (missing after the due date, or given
 * late)
 */
public record FeedbackFigures(String key, String name, long checks, long measures, long applied, long notApplied,
		long pending, long overdue) {
}
