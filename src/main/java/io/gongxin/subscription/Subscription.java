package io.gongxin.subscription;

import java.time.Instant;
import java.util.Set;

/**
 * A subscription: who receives which events, filtered how, why, and by which delivery.
 *
 * @param subscriberCode the department or bank code; a peer platform's code; {@code null}
 * for the credit office
 * @param endpointId the outbox endpoint of a webhook subscription
 */
public record Subscription(long id, SubscriberKind subscriberKind, String subscriberCode, String subscriberName,
		Set<String> eventTypes, SubscriptionFilter filter, Purpose purpose, Delivery delivery, Long endpointId,
		SubscriptionState state, long startSeq, Instant createdAt) {

}
