package io.gongxin.commitment;

import java.time.LocalDate;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;
import io.gongxin.subject.SubjectId;

/** A subject signed a commitment, or a department registered one it took. */
@PublishedEvent(title = "信用承诺已签署",
		summary = "A subject made a credit commitment; the department verifies its fulfilment by the due date.",
		audience = { EventAudience.PLATFORM, EventAudience.CREDIT_OFFICE, EventAudience.DEPARTMENTS },
		externalType = "commitment.signed")
public record CommitmentSigned(String number, SubjectId subjectId, CommitmentKind kind, String typeName,
		String departmentCode, LocalDate signedOn, LocalDate dueOn) {

}
