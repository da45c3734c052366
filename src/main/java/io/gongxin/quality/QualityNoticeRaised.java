package io.gongxin.quality;

import java.time.Instant;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;

/**
 * A notice was raised to a provider department: its month's compliance or timeliness rate
 * fell under target, or it left problem data unfixed too long. Departments and the credit
 * office receive it through subscriptions (webhook or pull feed).
 *
 * @param kind {@code COMPLIANCE}, {@code TIMELINESS} or {@code STALE_PROBLEM_DATA}
 * @param providerName the department's name
 */
@PublishedEvent(title = "数据质量通知",
		summary = "A provider department was notified that a quality rate fell under target or problem data stayed unfixed.",
		audience = { EventAudience.OWN_DEPARTMENT, EventAudience.CREDIT_OFFICE },
		externalType = "quality.notice-raised")
public record QualityNoticeRaised(long noticeId, String providerCode, String providerName, String kind, String message,
		Instant createdAt) {

}
