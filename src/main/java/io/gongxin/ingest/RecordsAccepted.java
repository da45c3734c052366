package io.gongxin.ingest;

import java.util.UUID;

/**
 * A batch completed: its accepted records (and ended ones) can be read through
 * {@link CreditRecords#ofBatch}.
 */
public record RecordsAccepted(UUID batchId, String providerCode, String categoryCode, int created, int superseding,
		int revoked) {

}
