package io.gongxin.subscription.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subscription.FeedEntry;
import io.gongxin.subscription.FeedPage;
import io.gongxin.subscription.NewSubscription;
import io.gongxin.subscription.SubscriberKind;
import io.gongxin.subscription.Subscription;
import io.gongxin.subscription.SubscriptionState;
import io.gongxin.subscription.Subscriptions;
import io.gongxin.subscription.internal.FeedStore.Stored;

import org.springframework.stereotype.Component;

/** What the subscriptions facade needs from inside the module. */
@Component
public class SubscriptionDesk {

	/**
	 * Feed entries scanned at most for one page, so a narrow filter cannot make a read
	 * endless.
	 */
	static final int SCAN_LIMIT = 5000;

	private final SubscriptionStore store;

	private final FeedStore feed;

	private final SubscriptionPolicy policy;

	private final EventCatalogue catalogue;

	private final Payloads payloads;

	SubscriptionDesk(SubscriptionStore store, FeedStore feed, SubscriptionPolicy policy, EventCatalogue catalogue,
			Payloads payloads) {
		this.store = store;
		this.feed = feed;
		this.policy = policy;
		this.catalogue = catalogue;
		this.payloads = payloads;
	}

	public void check(NewSubscription request) {
		this.policy.refusal(request).ifPresent(refusal -> {
			throw new DomainException(refusal.code(), ProblemKind.RULE_VIOLATION, refusal.message(),
					Map.of("kind", request.subscriberKind().name()));
		});
	}

	public long insert(NewSubscription request, String ownerRef, String createdBy, Instant at) {
		if (ownerRef != null) {
			Optional<Subscription> existing = this.store.byOwnerRef(ownerRef);
			if (existing.isPresent()) {
				throw new DomainException("GX-SBS-010", ProblemKind.CONFLICT, "This subscription exists already.",
						Map.of("subscription", Long.toString(existing.get().id())));
			}
		}
		return this.store.insert(request, ownerRef, createdBy, at);
	}

	public void attachEndpoint(long id, long endpointId) {
		this.store.attachEndpoint(id, endpointId);
	}

	public Optional<Subscription> find(long id) {
		return this.store.find(id);
	}

	public Optional<Subscription> byOwnerRef(String ownerRef) {
		return this.store.byOwnerRef(ownerRef);
	}

	public List<Subscription> list(SubscriberKind kind, String code, Long beforeId, int limit) {
		return this.store.list(kind, code, beforeId, limit);
	}

	public void setState(long id, SubscriptionState state, Instant at) {
		this.store.setState(id, state, at);
	}

	/**
	 * The subscription's entries after {@code after}, matched exactly as the webhooks
	 * are.
	 */
	public FeedPage feed(Subscription subscription, long after, int limit) {
		List<FeedEntry> entries = new ArrayList<>();
		long cursor = after;
		int scanned = 0;
		boolean more = true;
		while (entries.size() < limit && scanned < SCAN_LIMIT) {
			List<Stored> page = this.feed.after(subscription.eventTypes(), cursor, 500);
			for (Stored stored : page) {
				cursor = stored.seq();
				scanned++;
				if (Matching.reaches(stored, subscription, this.catalogue.find(stored.entry().type()))) {
					entries.add(this.payloads.feedEntry(stored, subscription));
					if (entries.size() == limit) {
						break;
					}
				}
			}
			if (page.size() < 500 && (entries.size() < limit)) {
				more = false;
				break;
			}
		}
		return new FeedPage(entries, Subscriptions.encode(cursor), more);
	}

	/** The event types this kind of subscriber may choose, for forms and the API. */
	public List<EventTypeView> typesFor(SubscriberKind kind) {
		return this.catalogue.all()
			.stream()
			.filter(type -> kind == null || type.admits(kind))
			.map(type -> new EventTypeView(type.type(), type.title(), type.audienceLabels()))
			.toList();
	}

	/** An event type as subscribers see it. */
	public record EventTypeView(String type, String title, String audience) {
	}

}
