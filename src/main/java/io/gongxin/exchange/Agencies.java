package io.gongxin.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.exchange.internal.AgencyStore;
import io.gongxin.outbox.WebhookUrl;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.security.Accounts;
import io.gongxin.security.IssuedApiKey;
import io.gongxin.security.Role;
import io.gongxin.subscription.CreatedSubscription;
import io.gongxin.subscription.Delivery;
import io.gongxin.subscription.FeedPage;
import io.gongxin.subscription.NewSubscription;
import io.gongxin.subscription.Purpose;
import io.gongxin.subscription.SubscriberKind;
import io.gongxin.subscription.SubscriptionFilter;
import io.gongxin.subscription.SubscriptionState;
import io.gongxin.subscription.Subscriptions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Licensed credit service agencies: the credit office registers each with its filing and
 * the public categories the law allows it; the agency gets an API key and a subscription
 * of the agency kind, which the subscription module feeds with public information only
 * (never a natural person, never an item not in publicity, and the ends of publicity and
 * the repairs of what it received). The caller has checked that the credit office acts.
 */
@Service
public class Agencies {

	/** What an agency receives: public items, and what makes it stop showing them. */
	public static final Set<String> EVENTS = Set.of("creditfile.item-published", "creditfile.publicity-ended",
			"remedy.repair-approved");

	private final AgencyStore store;

	private final Accounts accounts;

	private final Subscriptions subscriptions;

	private final AuditLog audit;

	private final java.time.Clock clock;

	Agencies(AgencyStore store, Accounts accounts, Subscriptions subscriptions, AuditLog audit, java.time.Clock clock) {
		this.store = store;
		this.accounts = accounts;
		this.subscriptions = subscriptions;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public RegisteredAgency register(NewAgency agency) {
		if (this.store.taken(agency)) {
			throw new DomainException("GX-EXC-043", ProblemKind.CONFLICT,
					"An agency with this code, credit code or filing number is registered already.",
					Map.of("code", agency.code()));
		}
		var url = (agency.webhookUrl() != null) ? WebhookUrl.parse(agency.webhookUrl()) : null;
		CreatedSubscription subscription = this.subscriptions.create(new NewSubscription(SubscriberKind.AGENCY,
				agency.code(), agency.name(), EVENTS, new SubscriptionFilter(Set.of(), null, null, agency.categories()),
				Purpose.CREDIT_SERVICE, (url != null) ? Delivery.WEBHOOK : Delivery.PULL, url));
		IssuedApiKey key = this.accounts.issueApiKey(agency.name() + "（" + agency.filingNumber() + "）", Role.AGENCY,
				agency.code());
		long id = this.store.insert(agency, key.id(), subscription.subscription().id(), ActingUser.currentName(),
				this.clock.instant());
		this.audit.record(AuditEntry.change("exchange.agency.register", "agency", Long.toString(id))
			.after(agency.code() + "|" + agency.uscc() + "|" + agency.filingNumber() + "|" + agency.categories())
			.details(agency.name()));
		return new RegisteredAgency(get(id), key.secret(), subscription.signingSecret());
	}

	/**
	 * Suspends, restores or revokes an agency: a suspended one receives nothing (its
	 * subscription paused) until restored; a revoked one loses its key and subscription
	 * for good.
	 */
	@Transactional
	public Agency setStatus(long id, AgencyStatus status, String reason) {
		Agency agency = get(id);
		String why = (reason == null) ? "" : reason.strip();
		if (status == null || why.isEmpty() || why.length() > 500 || why.indexOf('\u0000') >= 0) {
			throw new DomainException("GX-EXC-047", ProblemKind.BAD_REQUEST,
					"Choose the new status and give the reason (at most 500 characters).");
		}
		if (agency.status() == AgencyStatus.REVOKED) {
			throw new DomainException("GX-EXC-045", ProblemKind.CONFLICT, "A revoked agency stays revoked.",
					Map.of("status", agency.status().name()));
		}
		if (agency.status() == status) {
			// asked twice (a resent form): nothing changes, nothing to audit
			return agency;
		}
		if (!this.store.setStatus(id, agency.status(), status, why, this.clock.instant())) {
			throw new DomainException("GX-EXC-045", ProblemKind.CONFLICT, "The agency's status changed meanwhile.",
					Map.of("status", agency.status().name()));
		}
		SubscriptionState subscription = switch (status) {
			case ACTIVE -> SubscriptionState.ACTIVE;
			case SUSPENDED -> SubscriptionState.PAUSED;
			case REVOKED -> SubscriptionState.CANCELLED;
		};
		this.subscriptions.setState(agency.subscriptionId(), subscription);
		if (status == AgencyStatus.REVOKED) {
			this.accounts.revokeApiKey(agency.apiKeyId());
		}
		this.audit.record(AuditEntry.change("exchange.agency.status", "agency", Long.toString(id))
			.before(agency.status().name())
			.after(status.name())
			.details(why));
		return get(id);
	}

	@Transactional(readOnly = true)
	public Agency get(long id) {
		return this.store.find(id)
			.orElseThrow(() -> new DomainException("GX-EXC-044", ProblemKind.NOT_FOUND, "No such agency.",
					Map.of("agency", Long.toString(id))));
	}

	@Transactional(readOnly = true)
	public List<Agency> list() {
		return this.store.all();
	}

	/**
	 * The next entries of the agency's feed: only while it is active. The subscription
	 * module audits the read.
	 */
	@Transactional
	public FeedPage feed(String agencyCode, String cursor, int limit) {
		Agency agency = this.store.findByCode(String.valueOf(agencyCode))
			.orElseThrow(() -> new DomainException("GX-EXC-048", ProblemKind.FORBIDDEN,
					"This key belongs to no registered agency."));
		if (agency.status() != AgencyStatus.ACTIVE) {
			throw new DomainException(
					"GX-EXC-046", ProblemKind.FORBIDDEN, "The agency is "
							+ agency.status().name().toLowerCase(java.util.Locale.ROOT) + ": it receives nothing.",
					Map.of("status", agency.status().name()));
		}
		return this.subscriptions.feed(agency.subscriptionId(), cursor, limit);
	}

}
