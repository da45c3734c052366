package io.gongxin.lists;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;

/**
 * A list entry stopped counting before its exit date: corrected, revoked or repaired.
 */
@PublishedEvent(title = "移出名单", summary = "A list entry ended early: corrected, revoked (or deleted by the court) "
		+ "or removed through credit repair.", audience = { EventAudience.PLATFORM })
public record SubjectDelisted(long entryId, ListKind kind, long subjectId, EntryEnd end) {
}
