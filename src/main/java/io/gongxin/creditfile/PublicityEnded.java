package io.gongxin.creditfile;

import java.time.LocalDate;

import io.gongxin.subject.SubjectId;
import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;

/**
 * The publicity period of a credit-file item ran out and the item left the portal.
 */
@PublishedEvent(title = "公示期满",
		summary = "The publicity period of a credit-file item ran out and the item left the public portal.",
		audience = { EventAudience.PLATFORM, EventAudience.CREDIT_OFFICE, EventAudience.DEPARTMENTS,
				EventAudience.AGENCIES },
		externalType = "creditfile.publicity-ended")
public record PublicityEnded(long recordId, SubjectId subjectId, String categoryCode, LocalDate lastDay,
		LocalDate endedOn) {

}
