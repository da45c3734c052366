package io.gongxin.inbox;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task on a department's desk; {@code dueDate} is {@code null} while its period cannot
 * be counted ({@link #duePending()}).
 */
public record Task(long id, String typeCode, String typeName, String departmentCode, String title, String subjectName,
		String subjectCode, boolean subjectIsPerson, String sourceRef, String legalBasis, int workingDays,
		LocalDate startDate, LocalDate dueDate, TaskState state, Instant createdAt, LocalDate finishedOn,
		String outcome) {

	/**
	 * Opened while a year its period runs into had no loaded holiday notice: the due day
	 * is set once it is loaded.
	 */
	public boolean duePending() {
		return this.dueDate == null;
	}

	/** Not finished and its last day has passed. */
	public boolean overdueOn(LocalDate today) {
		return !this.state.finished() && !duePending() && today.isAfter(this.dueDate);
	}

	/**
	 * Finished on or before its due date; finished before the due day could be counted is
	 * on time (that day lies in the year not yet covered).
	 */
	public boolean onTime() {
		return this.state == TaskState.DONE && this.finishedOn != null
				&& (duePending() || !this.finishedOn.isAfter(this.dueDate));
	}

}
