package io.gongxin.measures;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.measures.internal.MeasureStore;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measure catalog. A measure enters only with a legal basis, and counts only after a
 * second officer reviewed it (信用措施审查); a new revision replaces the old one at the instant
 * it is approved. Every change is audited; every revision is kept, so answers can be
 * replayed as of any instant.
 */
@Service
public class Measures {

	private final MeasureStore store;

	private final AuditLog audit;

	private final Clock clock;

	/**
	 * Every revision ever published: small, read by every check, changed only here.
	 * Cleared when a review or retirement commits (one platform instance; see
	 * docs/credit-checks.md).
	 */
	private volatile List<Measure> published;

	Measures(MeasureStore store, AuditLog audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** The revisions in force at that instant, by code. */
	@Transactional(readOnly = true)
	public List<Measure> inForce(Instant at) {
		List<Measure> all = this.published;
		if (all == null) {
			all = this.store.published();
			this.published = all;
		}
		return all.stream().filter(m -> m.inForce(at)).toList();
	}

	private void forgetAfterCommit() {
		this.published = null;
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						Measures.this.published = null;
					}
				});
		}
	}

	@Transactional(readOnly = true)
	public List<Measure> inForceNow() {
		return inForce(this.clock.instant());
	}

	@Transactional(readOnly = true)
	public List<Measure> inReview() {
		return this.store.inReview();
	}

	@Transactional(readOnly = true)
	public List<Measure> revisions(String code) {
		return this.store.revisions(code);
	}

	@Transactional(readOnly = true)
	public Optional<Measure> find(long id) {
		return this.store.find(id);
	}

	/**
	 * Proposes a measure (or a new revision of one); it waits for a second officer's
	 * review.
	 */
	@Transactional
	public Measure propose(NewMeasure proposal) {
		MeasurePolicy.refusal(proposal).ifPresent(reason -> {
			throw new DomainException(reason.code(), reason.kind(), reason.message());
		});
		String by = ActingUser.currentName();
		int revision = this.store.nextRevision(proposal.code().strip());
		long id = this.store.insert(proposal.withCode(proposal.code().strip()), revision, by, this.clock.instant());
		this.audit.record(AuditEntry.change("measures.propose", "measure", proposal.code() + "#" + revision)
			.after(proposal.name() + " | " + proposal.legalBasis())
			.details(proposal.kind() + " " + proposal.trigger()));
		return this.store.find(id).orElseThrow();
	}

	/**
	 * The review: approve publishes the revision (retiring the code's previous one),
	 * reject closes it. The reviewer must not be its proposer.
	 */
	@Transactional
	public Measure review(long id, boolean approve, String note) {
		Measure measure = this.store.lock(id)
			.orElseThrow(() -> new DomainException("GX-MEA-004", ProblemKind.NOT_FOUND, "No such measure revision.",
					Map.of("id", id)));
		if (measure.state() != MeasureState.IN_REVIEW) {
			throw new DomainException("GX-MEA-009", ProblemKind.CONFLICT, "Only a revision in review can be reviewed.",
					Map.of("state", measure.state().label()));
		}
		String reviewer = ActingUser.currentName();
		if (reviewer.equals(measure.proposedBy())) {
			throw new DomainException("GX-MEA-003", ProblemKind.RULE_VIOLATION,
					"A measure must be reviewed by an officer other than its proposer.");
		}
		Instant now = this.clock.instant();
		forgetAfterCommit();
		if (approve) {
			this.store.current(measure.code()).ifPresent(previous -> this.store.retire(previous.id(), now));
			this.store.publish(id, reviewer, note, now);
		}
		else {
			this.store.reject(id, reviewer, note);
		}
		this.audit.record(
				AuditEntry
					.change(approve ? "measures.approve" : "measures.reject", "measure",
							measure.code() + "#" + measure.revision())
					.details(note));
		return this.store.find(id).orElseThrow();
	}

	/** Takes a measure out of force from now on; earlier answers keep it. */
	@Transactional
	public Measure retire(String code, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new DomainException("GX-MEA-012", ProblemKind.BAD_REQUEST, "Retiring a measure needs a reason.");
		}
		Measure current = this.store.current(code)
			.orElseThrow(() -> new DomainException("GX-MEA-004", ProblemKind.NOT_FOUND,
					"No measure in force with that code.", Map.of("code", String.valueOf(code))));
		forgetAfterCommit();
		this.store.retire(current.id(), this.clock.instant());
		this.audit.record(AuditEntry.change("measures.retire", "measure", code + "#" + current.revision())
			.details(reason.strip()));
		return this.store.find(current.id()).orElseThrow();
	}

}
