package io.gongxin.ingest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The receipt (回执) of a batch: what came in and what became of it. For a completed batch,
 * {@code accepted + rejected = submitted}; accepted rows are new records, unchanged
 * re-submissions, new versions of earlier decisions or revocations.
 */
public record BatchReceipt(UUID batchId, String providerCode, String categoryCode, BatchKind kind, Channel channel,
		String fileName, String encoding, BatchStatus status, int submitted, int accepted, int rejected, int created,
		int unchanged, int superseding, int revoked, int late, int processed, List<String> warnings, String errorCode,
		String error, String submittedBy, Instant submittedAt, Instant completedAt) {

	public boolean balanced() {
		return this.accepted + this.rejected == this.submitted;
	}

}
