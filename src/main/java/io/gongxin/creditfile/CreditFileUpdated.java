package io.gongxin.creditfile;

import java.util.UUID;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;

/**
 * The items of an intake batch were written into the credit files; read them with
 * {@link CreditFiles#itemsOfBatch}. Outside the platform each item is announced on its
 * own as {@code creditfile.item-published} (see {@link CreditFileItemPublished}).
 *
 * @param items how many items the batch wrote
 */
@PublishedEvent(title = "信用档案更新",
		summary = "The items of an intake batch were written into the subjects' credit files (read them by batch).",
		audience = { EventAudience.PLATFORM })
public record CreditFileUpdated(UUID batchId, int items) {

}
