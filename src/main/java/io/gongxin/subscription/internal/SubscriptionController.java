package io.gongxin.subscription.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.outbox.WebhookUrl;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.provider.Providers;
import io.gongxin.security.Actor;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.Role;
import io.gongxin.subscription.CreatedSubscription;
import io.gongxin.subscription.Delivery;
import io.gongxin.subscription.FeedPage;
import io.gongxin.subscription.NewSubscription;
import io.gongxin.subscription.Purpose;
import io.gongxin.subscription.SubscriberKind;
import io.gongxin.subscription.Subscription;
import io.gongxin.subscription.SubscriptionFilter;
import io.gongxin.subscription.SubscriptionState;
import io.gongxin.subscription.Subscriptions;
import io.gongxin.subscription.internal.SubscriptionDesk.EventTypeView;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The subscriptions API. A department's clerk and a bank subscribe for themselves; the
 * credit office subscribes for itself, for peer platforms, or on a department's behalf.
 */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionController {

	static final String SUBSCRIBERS = "hasAnyRole('PROVIDER', 'BANK', 'OFFICER', 'ADMIN')";

	private final Subscriptions subscriptions;

	private final SubscriptionDesk desk;

	private final Providers providers;

	SubscriptionController(Subscriptions subscriptions, SubscriptionDesk desk, Providers providers) {
		this.subscriptions = subscriptions;
		this.desk = desk;
		this.providers = providers;
	}

	@GetMapping("/event-types")
	@PreAuthorize(SUBSCRIBERS)
	List<EventTypeView> eventTypes() {
		return this.desk.typesFor(kindOf(CurrentActor.get().orElseThrow()));
	}

	@PostMapping
	@PreAuthorize(SUBSCRIBERS)
	@ResponseStatus(HttpStatus.CREATED)
	CreatedSubscription create(@RequestBody Request body) {
		return this.subscriptions.create(body.toNew(CurrentActor.get().orElseThrow(), this.providers));
	}

	@GetMapping
	@PreAuthorize(SUBSCRIBERS)
	List<Subscription> list(@RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") int limit) {
		Actor actor = CurrentActor.get().orElseThrow();
		SubscriberKind kind = kindOf(actor);
		return (kind == null) ? this.subscriptions.list(null, null, before, limit)
				: this.subscriptions.list(kind, actor.departmentCode(), before, limit);
	}

	@GetMapping("/{id}")
	@PreAuthorize(SUBSCRIBERS)
	Subscription get(@PathVariable long id) {
		return owned(id);
	}

	@PostMapping("/{id}/pause")
	@PreAuthorize(SUBSCRIBERS)
	Subscription pause(@PathVariable long id) {
		owned(id);
		return this.subscriptions.setState(id, SubscriptionState.PAUSED);
	}

	@PostMapping("/{id}/resume")
	@PreAuthorize(SUBSCRIBERS)
	Subscription resume(@PathVariable long id) {
		owned(id);
		return this.subscriptions.setState(id, SubscriptionState.ACTIVE);
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize(SUBSCRIBERS)
	Subscription cancel(@PathVariable long id) {
		owned(id);
		return this.subscriptions.setState(id, SubscriptionState.CANCELLED);
	}

	@PostMapping("/{id}/secret")
	@PreAuthorize(SUBSCRIBERS)
	Secret rotate(@PathVariable long id) {
		owned(id);
		return new Secret(this.subscriptions.rotateSecret(id));
	}

	@GetMapping("/{id}/events")
	@PreAuthorize(SUBSCRIBERS)
	FeedPage events(@PathVariable long id, @RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "100") int limit) {
		owned(id);
		return this.subscriptions.feed(id, cursor, limit);
	}

	/** The subscription, if the caller is its subscriber or the credit office. */
	private Subscription owned(long id) {
		return requireOwner(this.subscriptions.get(id));
	}

	/** Throws GX-SEC-003 unless the caller is the subscriber or the credit office. */
	static Subscription requireOwner(Subscription subscription) {
		Actor actor = CurrentActor.get().orElseThrow();
		SubscriberKind kind = kindOf(actor);
		if (kind != null && (kind != subscription.subscriberKind()
				|| !actor.departmentCode().equalsIgnoreCase(String.valueOf(subscription.subscriberCode())))) {
			throw new DomainException("GX-SEC-003", ProblemKind.FORBIDDEN, "You may only act for your own department.",
					Map.of("subscription", Long.toString(subscription.id())));
		}
		return subscription;
	}

	/**
	 * A clerk subscribes as its department and a bank as itself; {@code null} for the
	 * credit office.
	 */
	static SubscriberKind kindOf(Actor actor) {
		if (actor.is(Role.PROVIDER)) {
			return SubscriberKind.DEPARTMENT;
		}
		return actor.is(Role.BANK) ? SubscriberKind.BANK : null;
	}

	/** What a subscriber asks for. */
	record Request(SubscriberKind subscriberKind, String subscriberCode, String subscriberName, Set<String> eventTypes,
			Set<String> subjectCodes, String regionPrefix, String industry, Set<String> categories, Purpose purpose,
			Delivery delivery, String webhookUrl) {

		NewSubscription toNew(Actor actor, Providers providers) {
			SubscriberKind own = kindOf(actor);
			SubscriberKind kind = (own != null) ? own
					: (this.subscriberKind != null) ? this.subscriberKind : SubscriberKind.CREDIT_OFFICE;
			if (kind == SubscriberKind.AGENCY) {
				// an agency's subscription comes with its registration (filing, allowed
				// categories, key); one made by hand would belong to no registered agency
				throw new DomainException("GX-SBS-012", ProblemKind.RULE_VIOLATION,
						"Agencies' subscriptions are made when the credit office registers them.");
			}
			String code = (own != null) ? actor.departmentCode()
					: (kind == SubscriberKind.CREDIT_OFFICE) ? null : this.subscriberCode;
			String name = (code == null) ? "信用办"
					: providers.find(code)
						.map(p -> p.name())
						.orElse((this.subscriberName != null) ? this.subscriberName : code);
			if (this.purpose == null || this.delivery == null) {
				throw new DomainException("GX-SBS-005", ProblemKind.BAD_REQUEST, "State the purpose and the delivery.");
			}
			SubscriptionFilter filter;
			try {
				filter = new SubscriptionFilter(this.subjectCodes, this.regionPrefix, this.industry, this.categories);
			}
			catch (IllegalArgumentException ex) {
				throw new DomainException("GX-SBS-011", ProblemKind.BAD_REQUEST, ex.getMessage());
			}
			return new NewSubscription(kind, code, name, this.eventTypes, filter, this.purpose, this.delivery,
					url(this.webhookUrl));
		}

		static URI url(String url) {
			return (url == null || url.isBlank()) ? null : WebhookUrl.parse(url);
		}

	}

	record Secret(String signingSecret) {
	}

}
