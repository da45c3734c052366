package io.gongxin.ingest;

import java.time.Instant;
import java.util.UUID;
import io.gongxin.platform.PublishedEvent;

/**
 * A batch finished, with its receipt's figures: what quality metrics are built from.
 * Published in the same transaction that stores the batch's records, so a listener never
 * sees figures without records or the reverse.
 *
 * @param rejectionRules how many times each rule code was broken in the batch
 */
@PublishedEvent(title = "批次办结",
		summary = "An intake batch finished, with the figures of its receipt (submitted, accepted, rejected, late, rules broken).")
public record BatchCompleted(UUID batchId, String providerCode, String categoryCode, BatchKind kind, Channel channel,
		int submitted, int accepted, int rejected, int created, int unchanged, int superseding, int revoked, int late,
		java.util.Map<String, Integer> rejectionRules, Instant submittedAt, Instant completedAt) {

}
