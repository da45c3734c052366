package io.gongxin.commitment;

import java.time.LocalDate;

import io.gongxin.catalog.SeverityTier;
import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;
import io.gongxin.subject.SubjectId;

/**
 * The verifying department found a commitment broken: it is filed as 违背信用承诺信息 with its
 * tier, and later credit checks warn about the subject.
 *
 * @param recordId the negative credit record it was filed as
 */
@PublishedEvent(title = "信用承诺未履约",
		summary = "The verifying department found a commitment broken; it became a negative credit record.",
		audience = { EventAudience.PLATFORM, EventAudience.CREDIT_OFFICE, EventAudience.DEPARTMENTS,
				EventAudience.BANKS, EventAudience.PEER_PLATFORMS },
		externalType = "commitment.broken")
public record CommitmentBroken(String number, SubjectId subjectId, CommitmentKind kind, String departmentCode,
		LocalDate foundOn, SeverityTier tier, Long recordId) {

}
