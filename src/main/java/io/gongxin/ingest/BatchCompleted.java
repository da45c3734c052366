package io.gongxin.ingest;

import java.time.Instant;
import java.util.UUID;

/**
 * A batch finished, with its receipt's figures: what quality metrics are built from.
 * Published in the same transaction that stores the batch's records, so a listener never
 * sees figures without records or the reverse.
 *
 * @param rejectionRules how many times each rule code was broken in the batch
 */
public record BatchCompleted(UUID batchId, String providerCode, String categoryCode, BatchKind kind, Channel channel,
		int submitted, int accepted, int rejected, int created, int unchanged, int superseding, int revoked, int late,
		java.util.Map<String, Integer> rejectionRules, Instant submittedAt, Instant completedAt) {

}
