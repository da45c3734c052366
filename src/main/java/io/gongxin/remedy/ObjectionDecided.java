package io.gongxin.remedy;

import java.time.LocalDate;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;
import io.gongxin.subject.SubjectId;

/**
 * An objection was decided: the record was corrected, deleted or upheld, and the
 * applicant was given the written reply.
 *
 * @param replacementRecord the corrected record, when the outcome is a correction
 */
@PublishedEvent(title = "异议已办结", summary = "An objection to a credit record was decided: corrected, deleted or upheld.",
		audience = { EventAudience.PLATFORM, EventAudience.CREDIT_OFFICE, EventAudience.DEPARTMENTS,
				EventAudience.PEER_PLATFORMS },
		externalType = "remedy.objection-decided")
public record ObjectionDecided(long objectionId, String reference, long recordId, SubjectId subjectId,
		String categoryCode, String providerCode, ObjectionOutcome outcome, Long replacementRecord,
		LocalDate decidedOn) {

}
