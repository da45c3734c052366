package io.gongxin.subscription.internal;

import java.util.Optional;

import io.gongxin.subscription.Delivery;
import io.gongxin.subscription.NewSubscription;
import io.gongxin.subscription.SubscriberKind;

import org.springframework.stereotype.Component;

/**
 * Whether a subscription may exist: every event type known and meant for this kind of
 * subscriber, a purpose that fits it, banks only for the subjects they name, a URL
 * exactly when delivery is by webhook. Returns the refusal with its code.
 */
@Component
class SubscriptionPolicy {

	private final EventCatalogue catalogue;

	SubscriptionPolicy(EventCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	Optional<Refusal> refusal(NewSubscription request) {
		if (request.eventTypes().isEmpty()) {
			return Optional.of(new Refusal("GX-SBS-001", "Choose at least one event type."));
		}
		for (String type : request.eventTypes()) {
			var known = this.catalogue.find(type);
			if (known.isEmpty()) {
				return Optional.of(new Refusal("GX-SBS-001", "Unknown event type " + type + "."));
			}
			if (!known.get().admits(request.subscriberKind())) {
				return Optional.of(new Refusal("GX-SBS-002", "Event type " + type + " is not meant for "
						+ request.subscriberKind().label() + " subscribers."));
			}
		}
		if (!request.purpose().fits(request.subscriberKind())) {
			return Optional.of(new Refusal("GX-SBS-004", "The purpose " + request.purpose().label() + " does not fit "
					+ request.subscriberKind().label() + " subscribers."));
		}
		if (request.subscriberKind() == SubscriberKind.BANK && request.filter().subjectCodes().isEmpty()) {
			return Optional
				.of(new Refusal("GX-SBS-003", "A bank subscribes only for the subjects it names in a code list."));
		}
		if (request.subscriberKind() != SubscriberKind.CREDIT_OFFICE && request.subscriberCode() == null) {
			return Optional.of(new Refusal("GX-SBS-005", "Name the department, bank or platform that subscribes."));
		}
		if ((request.delivery() == Delivery.WEBHOOK) != (request.webhookUrl() != null)) {
			return Optional
				.of(new Refusal("GX-SBS-006", "A webhook subscription needs its URL; a pull subscription has none."));
		}
		return Optional.empty();
	}

	record Refusal(String code, String message) {
	}

}
