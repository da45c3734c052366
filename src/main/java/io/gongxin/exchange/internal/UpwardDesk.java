package io.gongxin.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.exchange.ItemState;
import io.gongxin.exchange.NewTarget;
import io.gongxin.exchange.OwedItem;
import io.gongxin.exchange.Reconciliation;
import io.gongxin.exchange.Target;
import io.gongxin.exchange.TargetStatus;
import io.gongxin.outbox.EndpointHealth;
import io.gongxin.outbox.Outbox;

import org.springframework.stereotype.Component;

/** What the {@link io.gongxin.exchange.UpwardReporting} facade delegates to. */
@Component
public class UpwardDesk {

	private final TargetStore targets;

	private final TargetRules rules;

	private final Adapters adapters;

	private final ExchangeReads reads;

	private final Packager packager;

	private final ReceiptReader receipts;

	private final Outbox outbox;

	private final Clock clock;

	UpwardDesk(TargetStore targets, TargetRules rules, Adapters adapters, ExchangeReads reads, Packager packager,
			ReceiptReader receipts, Outbox outbox, Clock clock) {
		this.targets = targets;
		this.rules = rules;
		this.adapters = adapters;
		this.reads = reads;
		this.packager = packager;
		this.receipts = receipts;
		this.outbox = outbox;
		this.clock = clock;
	}

	public void check(NewTarget target) {
		this.rules.check(target);
	}

	public void insert(NewTarget target, long endpointId, Instant now) {
		this.targets.insert(target, endpointId, now);
	}

	public void update(NewTarget target) {
		this.targets.update(target);
	}

	public void setActive(String code, boolean active) {
		this.targets.setActive(code, active);
	}

	public Optional<Target> find(String code) {
		return this.targets.find(code).map(this::withUrl);
	}

	public List<Target> all() {
		return this.targets.all().stream().map(this::withUrl).toList();
	}

	public Map<String, String> adapters() {
		return this.adapters.labels();
	}

	/** Packages what the target is owed and reads its receipts. */
	public int sendNow(Target target) {
		int packages = this.packager.drain(target);
		this.targets.packaged(target.code(), this.clock.instant());
		this.receipts.read(target);
		return packages;
	}

	public TargetStatus status(Target target) {
		Instant now = this.clock.instant();
		ExchangeReads.Counts counts = this.reads.counts(target.code(), LocalDate.now(this.clock));
		EndpointHealth health = this.outbox.health(target.endpointId(), now.minus(Duration.ofDays(1)));
		String lastError = health.lastError();
		Instant lastErrorAt = health.lastErrorAt();
		TargetStore.Bookkeeping bookkeeping = this.targets.bookkeeping(target.code());
		if (bookkeeping.receiptError() != null && bookkeeping.receiptErrorAt() != null
				&& (lastErrorAt == null || bookkeeping.receiptErrorAt().isAfter(lastErrorAt))) {
			lastError = bookkeeping.receiptError();
			lastErrorAt = bookkeeping.receiptErrorAt();
		}
		Duration lag = (counts.oldestOpen() == null) ? Duration.ZERO : Duration.between(counts.oldestOpen(), now);
		return new TargetStatus(target, counts.queued(), counts.sent(), counts.acknowledged(), counts.rejected(),
				counts.overdue(), counts.oldestDueOn(), lag.isNegative() ? Duration.ZERO : lag, health.failedAttempts(),
				health.dead(), lastError, lastErrorAt, bookkeeping.lastPackagedAt(), bookkeeping.lastReceiptAt());
	}

	public Reconciliation reconciliation(Target target, LocalDate from, LocalDate to) {
		return this.reads.reconciliation(target, from, to);
	}

	public List<OwedItem> items(String code, ItemState state, Long beforeId, int limit) {
		return this.reads.items(code, state, beforeId, limit);
	}

	private Target withUrl(Target stored) {
		return this.outbox.endpoint(stored.endpointId())
			.map(endpoint -> new Target(stored.code(), stored.name(), stored.level(), stored.adapter(), stored.format(),
					stored.encoding(), stored.categories(), stored.packageSize(), stored.intervalMinutes(),
					endpoint.url(), stored.receiptUrl(), stored.active(), stored.endpointId(), stored.createdAt()))
			.orElse(stored);
	}

}
