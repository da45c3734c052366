package io.gongxin.remedy;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;
import io.gongxin.subject.SubjectId;

/** An objection to a record was accepted: the record shows 异议处理中 until it is decided. */
@PublishedEvent(title = "异议已受理", summary = "An objection to a credit record was accepted and is being handled.",
		audience = { EventAudience.PLATFORM, EventAudience.CREDIT_OFFICE, EventAudience.DEPARTMENTS },
		externalType = "remedy.objection-accepted")
public record ObjectionAccepted(long objectionId, String reference, long recordId, SubjectId subjectId,
		String categoryCode, String providerCode) {

}
