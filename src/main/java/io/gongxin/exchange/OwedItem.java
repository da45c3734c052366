package io.gongxin.exchange;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One item owed to a target, as the operations page lists it.
 *
 * @param reason the target's reason for a refusal
 */
public record OwedItem(long id, String key, long recordId, ReportAction action, String providerCode,
		String categoryCode, String documentNumber, LocalDate decisionDate, LocalDate dueOn, Instant queuedAt,
		String packageFile, ItemState state, String reasonField, String reason, Instant settledAt) {

}
