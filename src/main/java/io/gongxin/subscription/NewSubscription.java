package io.gongxin.subscription;

import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * A subscription to create.
 *
 * @param webhookUrl where to POST, for {@link Delivery#WEBHOOK}; {@code null} for pull
 */
public record NewSubscription(SubscriberKind subscriberKind, String subscriberCode, String subscriberName,
		Set<String> eventTypes, SubscriptionFilter filter, Purpose purpose, Delivery delivery, URI webhookUrl) {

	public NewSubscription {
		Objects.requireNonNull(subscriberKind, "subscriberKind");
		Objects.requireNonNull(purpose, "purpose");
		Objects.requireNonNull(delivery, "delivery");
		eventTypes = (eventTypes == null) ? Set.of() : Set.copyOf(eventTypes);
		filter = (filter == null) ? SubscriptionFilter.ALL : filter;
	}

}
