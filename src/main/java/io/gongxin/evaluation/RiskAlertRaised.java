package io.gongxin.evaluation;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;
import io.gongxin.subject.SubjectId;

/**
 * A risk-alert rule fired for a subject and was put on the competent department's desk
 * (谁认定、谁约谈).
 */
@PublishedEvent(title = "信用风险预警",
		summary = "A risk-alert rule (repeated penalties, several domains, broken commitments, grade drop) fired.",
		audience = { EventAudience.PLATFORM, EventAudience.CREDIT_OFFICE, EventAudience.OWN_DEPARTMENT },
		externalType = "evaluation.risk-alert")
public record RiskAlertRaised(long alertId, String ruleCode, String ruleName, SubjectId subjectId,
		String departmentCode, String reason, boolean suggestsWatchList) {

}
