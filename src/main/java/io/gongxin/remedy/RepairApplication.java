package io.gongxin.remedy;

import java.time.Instant;
import java.util.List;

import io.gongxin.subject.SubjectId;

/**
 * A credit repair application (信用修复申请) for one record.
 *
 * @param reference the 查询码 the applicant follows the case with
 * @param providerCode the department that made the finding and decides (谁认定、谁修复)
 * @param dutiesPerformed how the applicant says the breach was corrected and the duties
 * performed
 * @param reply the written decision or refusal, once there is one
 * @param replyDue the day by which the applicant is told the result
 * @param extendedDays working days the decision was extended by (0 when it was not)
 */
public record RepairApplication(long id, String reference, long recordId, SubjectId subjectId, String subjectName,
		boolean subjectIsPerson, String categoryCode, String categoryName, String documentNumber, String providerCode,
		Applicant applicant, String filedBy, String dutiesPerformed, List<Evidence> evidence, RepairState state,
		String reply, java.time.LocalDate replyDue, int extendedDays, Instant filedAt, Instant finishedAt,
		int version) {

	public RepairApplication {
		evidence = List.copyOf(evidence);
	}

}
