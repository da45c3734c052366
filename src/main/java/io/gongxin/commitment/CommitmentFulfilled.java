package io.gongxin.commitment;

import java.time.LocalDate;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;
import io.gongxin.subject.SubjectId;

/**
 * The verifying department found a commitment kept: positive information (承诺践诺) for
 * evaluations.
 */
@PublishedEvent(title = "信用承诺已履约",
		summary = "The verifying department found a commitment kept; positive information for credit evaluation.",
		audience = { EventAudience.PLATFORM, EventAudience.CREDIT_OFFICE, EventAudience.DEPARTMENTS,
				EventAudience.BANKS, EventAudience.PEER_PLATFORMS },
		externalType = "commitment.fulfilled")
public record CommitmentFulfilled(String number, SubjectId subjectId, CommitmentKind kind, String departmentCode,
		LocalDate foundOn) {

}
