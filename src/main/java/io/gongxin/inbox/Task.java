package io.gongxin.inbox;

import java.time.Instant;
import java.time.LocalDate;

/** A task on a department's desk. */
public record Task(long id, String typeCode, String typeName, String departmentCode, String title, String subjectName,
		String subjectCode, boolean subjectIsPerson, String sourceRef, String legalBasis, int workingDays,
		LocalDate startDate, LocalDate dueDate, TaskState state, Instant createdAt, LocalDate finishedOn,
		String outcome) {

	/** Not finished and its last day has passed. */
	public boolean overdueOn(LocalDate today) {
		return !this.state.finished() && today.isAfter(this.dueDate);
	}

	/** Finished on or before its due date. */
	public boolean onTime() {
		return this.state == TaskState.DONE && this.finishedOn != null && !this.finishedOn.isAfter(this.dueDate);
	}

}
