package io.gongxin.exchange;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.exchange.internal.UpwardDesk;
import io.gongxin.outbox.IssuedEndpoint;
import io.gongxin.outbox.NewEndpoint;
import io.gongxin.outbox.Outbox;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 上报: the platforms this one reports to (the provincial platform, 信用中国), configured by
 * the credit office, how each is doing, and its reconciliation. Records reach them by
 * themselves once accepted; this is what officers steer and read.
 */
@Service
public class UpwardReporting {

	private final UpwardDesk desk;

	private final Outbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	UpwardReporting(UpwardDesk desk, Outbox outbox, AuditLog audit, Clock clock) {
		this.desk = desk;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/** Registers a target; the signing secret is in the answer, once. */
	@Transactional
	public IssuedTarget register(NewTarget target) {
		this.desk.check(target);
		if (this.desk.find(target.code()).isPresent()) {
			throw new DomainException("GX-EXC-003", ProblemKind.CONFLICT, "A reporting target with this code exists.",
					Map.of("target", target.code()));
		}
		IssuedEndpoint endpoint = this.outbox.registerEndpoint(
				new NewEndpoint(target.name() + " · 上报", target.url(), "exchange:" + target.code(), null));
		this.desk.insert(target, endpoint.endpointId(), this.clock.instant());
		Target registered = target(target.code());
		this.audit.record(AuditEntry.change("exchange.target.register", "exchange-target", target.code())
			.after(describe(registered)));
		return new IssuedTarget(registered, endpoint.secret());
	}

	/** Changes a target's configuration (its address too); audited. */
	@Transactional
	public Target update(NewTarget target) {
		Target before = target(target.code());
		this.desk.check(target);
		this.desk.update(target);
		if (!before.url().equals(target.url())) {
			this.outbox.retarget(before.endpointId(), target.url());
		}
		Target after = target(target.code());
		this.audit.record(AuditEntry.change("exchange.target.update", "exchange-target", target.code())
			.before(describe(before))
			.after(describe(after)));
		return after;
	}

	/** Pauses or resumes a target: while paused its items are owed but not sent. */
	@Transactional
	public Target setActive(String code, boolean active) {
		Target before = target(code);
		this.desk.setActive(code, active);
		this.outbox.setActive(before.endpointId(), active);
		this.audit.record(AuditEntry.change("exchange.target.state", "exchange-target", code)
			.before(before.active() ? "ACTIVE" : "PAUSED")
			.after(active ? "ACTIVE" : "PAUSED"));
		return target(code);
	}

	public Target target(String code) {
		return this.desk.find(code)
			.orElseThrow(() -> new DomainException("GX-EXC-002", ProblemKind.NOT_FOUND, "No such reporting target.",
					Map.of("target", String.valueOf(code))));
	}

	public List<Target> targets() {
		return this.desk.all();
	}

	/** Backlog, lag, receipts, failures and overdue items of every target. */
	public List<TargetStatus> statuses() {
		return this.desk.all().stream().map(this.desk::status).toList();
	}

	public TargetStatus status(String code) {
		return this.desk.status(target(code));
	}

	/** The reconciliation of a target over a period of at most 366 days. */
	public Reconciliation reconciliation(String code, LocalDate from, LocalDate to) {
		Target target = target(code);
		if (from == null || to == null || from.isAfter(to) || from.plusDays(366).isBefore(to)) {
			throw new DomainException("GX-EXC-004", ProblemKind.BAD_REQUEST,
					"A reconciliation period runs from a day to a later one, at most 366 days.");
		}
		return this.desk.reconciliation(target, from, to);
	}

	/** Sends what the target is owed now instead of at its next scheduled time. */
	public int sendNow(String code) {
		Target target = target(code);
		if (!target.active()) {
			throw new DomainException("GX-EXC-005", ProblemKind.CONFLICT, "The reporting target is paused.",
					Map.of("target", code));
		}
		this.audit.record(AuditEntry.change("exchange.target.send-now", "exchange-target", code));
		return this.desk.sendNow(target);
	}

	/** The adapters available, by code, with what officers see. */
	public Map<String, String> adapters() {
		return this.desk.adapters();
	}

	/** The items of a target in a state, newest first, before an item id (keyset). */
	public List<OwedItem> items(String code, ItemState state, Long beforeId, int limit) {
		target(code);
		return this.desk.items(code, state, beforeId, Math.max(1, Math.min(limit, 200)));
	}

	private static String describe(Target target) {
		URI receipts = target.receiptUrl();
		return target.name() + " " + target.level() + " " + target.adapter() + " " + target.format() + " "
				+ target.encoding() + " " + target.categories().stream().sorted().toList() + " " + target.packageSize()
				+ "/" + target.intervalMinutes() + "min " + target.url() + " " + ((receipts == null) ? "-" : receipts);
	}

}
