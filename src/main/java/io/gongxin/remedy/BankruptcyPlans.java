package io.gongxin.remedy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.remedy.internal.BankruptcyStore;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Court-approved reorganisation plans and settlements (破产重整、和解): recorded by the credit
 * office from the court's ruling; while a plan is in execution the enterprise may apply
 * for repair without waiting for the minimum publicity period (国办发〔2025〕22号, 广东 2023) and
 * its punishment measures are suspended ({@link BankruptcyPlanApproved}); when the plan
 * is executed or terminated the suspension ends ({@link BankruptcyPlanEnded}).
 */
@Service
public class BankruptcyPlans {

	private final BankruptcyStore store;

	private final Subjects subjects;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BankruptcyPlans(BankruptcyStore store, Subjects subjects, AuditLog audit, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.subjects = subjects;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Records the court's ruling; recording the same ruling again returns the plan. */
	@Transactional
	public BankruptcyPlan record(String uscc, BankruptcyPlan.Kind kind, String court, String rulingNumber,
			LocalDate approvedOn) {
		String courtName = Objections.required(court, "court");
		String ruling = Objections.required(rulingNumber, "ruling number");
		if (kind == null || approvedOn == null || approvedOn.isAfter(LocalDate.now(this.clock))) {
			throw new DomainException("GX-REM-014", ProblemKind.BAD_REQUEST,
					"A ruling names the procedure and a date that is not in the future.");
		}
		Subject subject = this.subjects.findByKey(SubjectKey.uscc(uscc))
			.orElseThrow(() -> new DomainException("GX-REM-005", ProblemKind.NOT_FOUND,
					"No enterprise with that code on this platform.", Map.of("subject", String.valueOf(uscc))));
		Optional<Long> id = this.store.insert(subject.id(), subject.name(), kind, courtName, ruling, approvedOn,
				ActingUser.currentName(), this.clock.instant());
		if (id.isEmpty()) {
			return this.store.byRuling(courtName, ruling).orElseThrow();
		}
		BankruptcyPlan plan = this.store.find(id.get()).orElseThrow();
		this.audit.record(AuditEntry.change("remedy.bankruptcy.record", "bankruptcy-plan", Long.toString(plan.id()))
			.subject(uscc)
			.after(plan.describe()));
		this.events.publishEvent(new BankruptcyPlanApproved(plan.id(), plan.subjectId(), plan.describe(), approvedOn));
		return plan;
	}

	/** The plan was executed or terminated: the suspension of measures ends. */
	@Transactional
	public BankruptcyPlan end(long id, LocalDate endedOn, String reason) {
		String why = Objections.required(reason, "reason");
		BankruptcyPlan plan = this.store.find(id)
			.orElseThrow(() -> new DomainException("GX-REM-001", ProblemKind.NOT_FOUND, "No such plan.",
					Map.of("plan", id)));
		if (this.store.end(id, (endedOn != null) ? endedOn : LocalDate.now(this.clock), why)) {
			this.audit.record(AuditEntry.change("remedy.bankruptcy.end", "bankruptcy-plan", Long.toString(id))
				.before("IN_EXECUTION")
				.after("ENDED")
				.details(why));
			this.events.publishEvent(new BankruptcyPlanEnded(id, plan.subjectId(),
					(endedOn != null) ? endedOn : LocalDate.now(this.clock), why));
		}
		return this.store.find(id).orElseThrow();
	}

	public List<BankruptcyPlan> ofSubject(SubjectId subject) {
		return this.store.ofSubject(subject);
	}

	/** The plan in execution for the subject, if there is one. */
	public Optional<BankruptcyPlan> inExecution(SubjectId subject) {
		return this.store.ofSubject(subject).stream().filter(BankruptcyPlan::inExecution).findFirst();
	}

}
