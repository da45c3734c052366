package io.gongxin.remedy;

import java.time.LocalDate;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;
import io.gongxin.subject.SubjectId;

/**
 * An enterprise's reorganisation plan or settlement was executed or terminated: the
 * suspension of its punishment measures ends, and the departments assess its credit
 * again.
 */
@PublishedEvent(title = "破产重整计划执行完毕或终止",
		summary = "An enterprise's reorganisation plan or settlement ended; the suspension of its measures ends.",
		audience = { EventAudience.PLATFORM, EventAudience.CREDIT_OFFICE, EventAudience.DEPARTMENTS })
public record BankruptcyPlanEnded(long planId, SubjectId subjectId, LocalDate endedOn, String reason) {

}
