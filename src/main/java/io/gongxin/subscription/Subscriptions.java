package io.gongxin.subscription;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.outbox.IssuedEndpoint;
import io.gongxin.outbox.NewEndpoint;
import io.gongxin.outbox.Outbox;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subscription.internal.SubscriptionDesk;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions to published events. The caller has checked who may act for the
 * subscriber; this checks what may be subscribed, registers webhooks with the outbox and
 * serves the pull feed.
 */
@Service
public class Subscriptions {

	private final SubscriptionDesk desk;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	Subscriptions(SubscriptionDesk desk, Outbox outbox, AuditLog audit, Clock clock) {
		this.desk = desk;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates the subscription; a webhook's signing secret is in the answer, once. */
	@Transactional
	public CreatedSubscription create(NewSubscription request) {
		return create(request, null);
	}

	/** {@link #create}, once per owner reference (configuration-made subscriptions). */
	@Transactional
	public CreatedSubscription create(NewSubscription request, String ownerRef) {
		this.desk.check(request);
		long id = this.desk.insert(request, ownerRef, ActingUser.currentName(), this.clock.instant());
		String secret = null;
		if (request.delivery() == Delivery.WEBHOOK) {
			IssuedEndpoint endpoint = this.outbox
				.registerEndpoint(new NewEndpoint(request.subscriberName() + " · 订阅 " + id, request.webhookUrl(),
						"subscription:" + id, request.subscriberCode()));
			this.desk.attachEndpoint(id, endpoint.endpointId());
			secret = endpoint.secret();
		}
		Subscription created = get(id);
		this.audit.record(AuditEntry.change("subscription.create", "subscription", Long.toString(id))
			.after(created.subscriberKind() + " " + created.subscriberCode() + " " + created.eventTypes() + " "
					+ created.purpose())
			.details(created.purpose().label()));
		return new CreatedSubscription(created, secret);
	}

	public Subscription get(long id) {
		return this.desk.find(id)
			.orElseThrow(() -> new DomainException("GX-SBS-007", ProblemKind.NOT_FOUND, "No such subscription.",
					Map.of("subscription", Long.toString(id))));
	}

	/** One subscriber's subscriptions, or all ({@code null} kind), newest first. */
	public List<Subscription> list(SubscriberKind kind, String code, Long beforeId, int limit) {
		return this.desk.list(kind, code, beforeId, Math.max(1, Math.min(limit, 200)));
	}

	@Transactional
	public Subscription setState(long id, SubscriptionState state) {
		Subscription subscription = get(id);
		if (subscription.state() == SubscriptionState.CANCELLED) {
			throw new DomainException("GX-SBS-008", ProblemKind.CONFLICT, "A cancelled subscription stays cancelled.",
					Map.of("subscription", Long.toString(id)));
		}
		this.desk.setState(id, state, this.clock.instant());
		if (subscription.endpointId() != null) {
			this.outbox.setActive(subscription.endpointId(), state == SubscriptionState.ACTIVE);
		}
		this.audit.record(AuditEntry.change("subscription.state", "subscription", Long.toString(id))
			.before(subscription.state().name())
			.after(state.name()));
		return get(id);
	}

	/** A new signing secret for a webhook subscription, shown once. */
	@Transactional
	public String rotateSecret(long id) {
		Subscription subscription = get(id);
		if (subscription.endpointId() == null) {
			throw new DomainException("GX-SBS-006", ProblemKind.BAD_REQUEST,
					"A webhook subscription needs its URL; a pull subscription has none.");
		}
		this.audit.record(AuditEntry.change("subscription.rotate-secret", "subscription", Long.toString(id)));
		return this.outbox.rotateSecret(subscription.endpointId()).secret();
	}

	/**
	 * The next entries of the subscription's feed after the cursor ({@code null}: from
	 * its creation). The read is audited: entries may concern natural persons.
	 */
	@Transactional
	public FeedPage feed(long id, String cursor, int limit) {
		Subscription subscription = get(id);
		long after = Math.max(decode(cursor), subscription.startSeq());
		FeedPage page = this.desk.feed(subscription, after, Math.max(1, Math.min(limit, 500)));
		this.audit.record(AuditEntry.read("subscription.feed.read", "subscription", Long.toString(id))
			.details(page.entries().size() + " entries after " + after));
		return page;
	}

	static long decode(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return 0;
		}
		try {
			String decoded = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
			if (decoded.startsWith("v1:")) {
				return Long.parseLong(decoded.substring(3));
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the problem below
		}
		throw new DomainException("GX-SBS-009", ProblemKind.BAD_REQUEST, "The cursor is not one this feed gave out.");
	}

	public static String encode(long seq) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + seq).getBytes(StandardCharsets.UTF_8));
	}

}
