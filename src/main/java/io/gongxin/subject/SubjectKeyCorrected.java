package io.gongxin.subject;

import java.time.Instant;
import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;

/**
 * An organisation's identifier was corrected: {@code to} is now current and {@code from}
 * stays an alias of the same subject, so filings under either code reach it. Natural
 * persons' corrections are not published (their ids stay out of the event registry).
 *
 * @param subjectId the subject
 * @param type its type
 * @param name its registered name
 * @param from the identifier current before, or {@code null} if it had none of that kind
 * @param to the corrected identifier
 * @param reason why, as the officer gave it
 * @param correctedBy who corrected it
 * @param correctedAt when
 */
@PublishedEvent(title = "主体标识更正",
		summary = "An officer corrected the identifier an organisation is registered under (e.g. a mistyped credit code).",
		audience = { EventAudience.PLATFORM, EventAudience.CREDIT_OFFICE })
public record SubjectKeyCorrected(SubjectId subjectId, SubjectType type, String name, SubjectKey from, SubjectKey to,
		String reason, String correctedBy, Instant correctedAt) {

}
