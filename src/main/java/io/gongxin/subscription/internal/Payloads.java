package io.gongxin.subscription.internal;

import io.gongxin.creditfile.PublicText;
import io.gongxin.identifier.CitizenId;
import io.gongxin.subscription.SubscriberKind;
import io.gongxin.subscription.FeedEntry;
import io.gongxin.subscription.Subscription;
import io.gongxin.subscription.internal.FeedStore.Stored;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON a subscriber receives, with natural persons' ids masked where they must be.
 */
@Component
class Payloads {

	private final JsonMapper json;

	Payloads(JsonMapper json) {
		this.json = json;
	}

	String json(Object payload) {
		return this.json.writeValueAsString(payload);
	}

	/** The entry's data as this subscriber may see it. */
	String data(Stored stored, Subscription subscription) {
		String payload = stored.entry().payload();
		if (subscription.subscriberKind() == SubscriberKind.AGENCY) {
			return publicText(payload);
		}
		if (!stored.entry().subjectIsPerson() || !Matching.masksPersons(subscription)) {
			return payload;
		}
		JsonNode node = this.json.readTree(payload);
		if (node instanceof ObjectNode object && object.hasNonNull("subjectCode")) {
			object.put("subjectCode", CitizenId.mask(object.get("subjectCode").asString()));
		}
		return this.json.writeValueAsString(node);
	}

	/**
	 * What the public would see of the texts: an agency gets no more than the portal
	 * shows (a citizen id or mobile number in free text masked).
	 */
	private String publicText(String payload) {
		JsonNode node = this.json.readTree(payload);
		if (node instanceof ObjectNode object) {
			for (String field : PUBLIC_TEXTS) {
				if (object.hasNonNull(field)) {
					object.put(field, PublicText.mask(object.get(field).asString()));
				}
			}
		}
		return this.json.writeValueAsString(node);
	}

	private static final String[] PUBLIC_TEXTS = { "subjectName", "documentNumber", "authority", "summary" };

	/** What a webhook POSTs: the entry with its id, type, time and subscription. */
	String envelope(Stored stored, Subscription subscription) {
		ObjectNode envelope = this.json.createObjectNode();
		envelope.put("id", stored.id());
		envelope.put("type", stored.entry().type());
		envelope.put("occurredAt", stored.entry().occurredAt().toString());
		envelope.put("subscriptionId", subscription.id());
		envelope.set("data", this.json.readTree(data(stored, subscription)));
		return this.json.writeValueAsString(envelope);
	}

	FeedEntry feedEntry(Stored stored, Subscription subscription) {
		return new FeedEntry(stored.id(), stored.entry().type(), stored.entry().occurredAt(),
				data(stored, subscription));
	}

}
