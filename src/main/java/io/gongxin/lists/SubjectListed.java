package io.gongxin.lists;

import java.time.LocalDate;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;

/**
 * A subject was put on a list (or a corrected entry replaced an earlier one). Carries no
 * personal data: read the entry through {@link Lists#entry}.
 */
@PublishedEvent(title = "列入名单", summary = "A subject was put on a credit list (severe dishonesty, abnormal operation, "
		+ "dishonest judgment debtor, watch or honor list).", audience = { EventAudience.PLATFORM })
public record SubjectListed(long entryId, ListKind kind, String listName, long subjectId, LocalDate enteredOn) {
}
