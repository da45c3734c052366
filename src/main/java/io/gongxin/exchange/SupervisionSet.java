package io.gongxin.exchange;

import java.time.Instant;

/**
 * A department's saved list of supervised subjects (监管名单): a subscription to the changes
 * of exactly those subjects.
 *
 * @param subjects subjects of the list within the department's scope, subscribed to
 * @param leftOut codes of the list not subscribed to (refused, not found, invalid)
 * @param subscriptionId the subscription whose feed or webhook delivers the changes
 */
public record SupervisionSet(long id, String department, String name, String purpose, String purposeName, int subjects,
		int leftOut, long subscriptionId, String createdBy, Instant createdAt) {

}
