package io.gongxin.remedy;

import java.time.LocalDate;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;
import io.gongxin.subject.SubjectId;

/**
 * A credit repair was approved: the record's publicity ended, its sharing stops and the
 * punishment measures resting on it are lifted. Platforms and agencies that received the
 * record must stop using it.
 *
 * @param origin where the repair was decided: this platform, or the source that reported
 * a repair decided there (e.g. 信用中国)
 */
@PublishedEvent(title = "信用修复办结",
		summary = "A credit repair was approved: the record left publicity and the measures resting on it are lifted.",
		audience = { EventAudience.PLATFORM, EventAudience.CREDIT_OFFICE, EventAudience.DEPARTMENTS,
				EventAudience.PEER_PLATFORMS, EventAudience.AGENCIES },
		externalType = "remedy.repair-approved")
public record RepairApproved(long repairId, String reference, long recordId, SubjectId subjectId, String categoryCode,
		String documentNumber, String providerCode, LocalDate approvedOn, String origin) {

	/** The origin of repairs decided on this platform. */
	public static final String HERE = "本平台";

}
