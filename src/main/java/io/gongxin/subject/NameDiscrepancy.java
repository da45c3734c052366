package io.gongxin.subject;

import java.time.Instant;

/**
 * A record reported a subject under another name than the registered one.
 */
public record NameDiscrepancy(long id, SubjectId subjectId, String registeredName, String reportedName, String source,
		Instant reportedAt) {

}
