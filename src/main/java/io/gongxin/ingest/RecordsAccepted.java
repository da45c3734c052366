package io.gongxin.ingest;

import java.util.UUID;
import io.gongxin.platform.PublishedEvent;

/**
 * A batch completed: its accepted records (and ended ones) can be read through
 * {@link CreditRecords#ofBatch}.
 */
@PublishedEvent(title = "信用记录入库",
		summary = "A batch's accepted records (and the records it ended) were stored and can be read by batch.")
public record RecordsAccepted(UUID batchId, String providerCode, String categoryCode, int created, int superseding,
		int revoked) {

}
