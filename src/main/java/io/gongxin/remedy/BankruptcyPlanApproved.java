package io.gongxin.remedy;

import java.time.LocalDate;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;
import io.gongxin.subject.SubjectId;

/**
 * A court approved an enterprise's reorganisation plan or settlement: punishment measures
 * against it are suspended while the plan is executed, and repair is open to it.
 */
@PublishedEvent(title = "破产重整计划获批",
		summary = "A court approved an enterprise's reorganisation plan or settlement; its punishment measures are suspended.",
		audience = { EventAudience.PLATFORM, EventAudience.CREDIT_OFFICE, EventAudience.DEPARTMENTS })
public record BankruptcyPlanApproved(long planId, SubjectId subjectId, String description, LocalDate approvedOn) {

}
