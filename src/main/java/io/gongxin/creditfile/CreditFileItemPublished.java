package io.gongxin.creditfile;

import java.time.LocalDate;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;

/**
 * What a subscriber receives for each credit-file item an intake batch wrote: who it is
 * about (a natural person's id masked unless the credit office receives it), what and
 * when it was decided, and by whom. Built by the subscription module from
 * {@link CreditFileUpdated}; never published inside the platform.
 */
@PublishedEvent(title = "信用档案新增信息",
		summary = "A credit record (licence, penalty, list entry …) was added to a subject's credit file.",
		audience = { EventAudience.CREDIT_OFFICE, EventAudience.DEPARTMENTS, EventAudience.BANKS,
				EventAudience.PEER_PLATFORMS, EventAudience.AGENCIES },
		externalType = "creditfile.item-published")
public record CreditFileItemPublished(long recordId, String subjectName, String subjectCode, String subjectType,
		String categoryCode, String categoryName, String providerCode, String documentNumber, LocalDate decisionDate,
		String authority, String summary, LocalDate publicUntil) {

}
