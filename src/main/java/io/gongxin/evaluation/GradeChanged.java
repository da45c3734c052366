package io.gongxin.evaluation;

import java.time.Instant;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;
import io.gongxin.subject.SubjectId;

/**
 * A subject's grade under a model changed (its first grade is not a change). For the
 * differentiated supervision of departments only: grades are not public and reach neither
 * banks nor other platforms.
 *
 * @param sector the sector of a sector model, {@code null} for the composite model
 */
@PublishedEvent(title = "信用评价等级变化",
		summary = "A subject's evaluation grade changed; departments adjust their supervision.",
		audience = { EventAudience.PLATFORM, EventAudience.CREDIT_OFFICE, EventAudience.DEPARTMENTS },
		externalType = "evaluation.grade-changed")
public record GradeChanged(long changeId, SubjectId subjectId, String modelCode, String modelName, String sector,
		Grade fromGrade, Grade toGrade, int fromScore, int toScore, Instant changedAt) {

	/** Whether the grade got worse. */
	public boolean dropped() {
		return this.toGrade.worseThan(this.fromGrade);
	}

}
