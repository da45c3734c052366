package io.gongxin.inbox;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A task to put on a department's desk.
 *
 * @param type its kind and deadline rule
 * @param departmentCode the provider department that must act
 * @param title what to do, in Chinese
 * @param subjectName the credit subject concerned, if any
 * @param subjectCode its USCC or citizen id, if any
 * @param subjectIsPerson whether the subject is a natural person (its id is masked
 * outside the owning department and the credit office)
 * @param sourceRef what the task is about in its capability; a source opens one task
 * @param startDate the day the period starts from; {@code null} means today
 */
public record NewTask(TaskType type, String departmentCode, String title, String subjectName, String subjectCode,
		boolean subjectIsPerson, String sourceRef, LocalDate startDate) {

	public NewTask {
		Objects.requireNonNull(type, "type");
		if (departmentCode == null || departmentCode.isBlank()) {
			throw new IllegalArgumentException("a task belongs to a department");
		}
		if (title == null || title.isBlank() || title.length() > 500) {
			throw new IllegalArgumentException("a task needs a title of at most 500 characters");
		}
		if (sourceRef == null || sourceRef.isBlank() || sourceRef.length() > 200) {
			throw new IllegalArgumentException("a task needs a source reference of at most 200 characters");
		}
	}

	public static NewTask of(TaskType type, String departmentCode, String title, String sourceRef) {
		return new NewTask(type, departmentCode, title, null, null, false, sourceRef, null);
	}

}
