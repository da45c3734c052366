package io.gongxin.remedy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.NewTask;
import io.gongxin.inbox.TaskType;
import io.gongxin.lists.ListEntry;
import io.gongxin.lists.Lists;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.remedy.internal.CaseSubject;
import io.gongxin.remedy.internal.ObjectionStore;
import io.gongxin.remedy.internal.RemedySettings;
import io.gongxin.remedy.internal.RepairEligibility;
import io.gongxin.remedy.internal.RepairStore;
import io.gongxin.remedy.internal.ReplyDueSweep;
import io.gongxin.remedy.internal.StepStore;
import io.gongxin.remedy.internal.StepStore.CaseKind;
import io.gongxin.subject.SubjectId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit repair (信用修复): the applicant sees which conditions hold for a record before
 * applying; an application that fails a condition is refused with exactly those
 * conditions; the credit office's initial review accepts it in one place (一口受理); the
 * department that made the finding decides (谁认定、谁修复). An approved repair ends the
 * record's publicity for good, ends the list entries resting on it (so credit checks stop
 * returning their measures) and is published as {@link RepairApproved} for every other
 * module and platform. Who may take each step is checked by the callers (the web layer).
 */
@Service
public class Repairs {

	private final RepairStore store;

	private final ObjectionStore objections;

	private final StepStore steps;

	private final RepairEligibility eligibility;

	private final CreditFiles creditFiles;

	private final Lists lists;

	private final Inbox inbox;

	private final RemedySettings settings;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final io.gongxin.subject.Subjects subjects;

	private final io.gongxin.calendar.WorkingDays workingDays;

	private final BankruptcyPlans plans;

	private final ReplyDueSweep replyDues;

	Repairs(RepairStore store, ObjectionStore objections, StepStore steps, RepairEligibility eligibility,
			CreditFiles creditFiles, Lists lists, Inbox inbox, RemedySettings settings, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, io.gongxin.subject.Subjects subjects,
			io.gongxin.calendar.WorkingDays workingDays, BankruptcyPlans plans, ReplyDueSweep replyDues) {
		this.plans = plans;
		this.replyDues = replyDues;
		this.workingDays = workingDays;
		this.subjects = subjects;
		this.store = store;
		this.objections = objections;
		this.steps = steps;
		this.eligibility = eligibility;
		this.creditFiles = creditFiles;
		this.lists = lists;
		this.inbox = inbox;
		this.settings = settings;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Which conditions hold for the record today; the applicant's own ones are to show.
	 */
	@Transactional(readOnly = true)
	public Eligibility eligibility(long recordId) {
		CreditFileItem item = item(recordId);
		return this.eligibility.assess(item, today(), openCase(recordId), Optional.empty(),
				this.plans.inExecution(item.subjectId()));
	}

	/** The conditions of every record of a subject (its negative items), newest first. */
	@Transactional(readOnly = true)
	public List<Eligibility> eligibilityOf(SubjectId subject) {
		LocalDate today = today();
		// two look-ups for the whole file, not two per record
		Map<Long, String> open = new java.util.HashMap<>(this.objections.openOfSubject(subject));
		open.putAll(this.store.openOfSubject(subject));
		Optional<BankruptcyPlan> plan = this.plans.inExecution(subject);
		return this.creditFiles.fileOf(subject)
			.stream()
			.filter(item -> item.nature() == io.gongxin.catalog.Nature.NEGATIVE)
			.filter(item -> item.publicity().published())
			.sorted(java.util.Comparator.comparing(CreditFileItem::decisionDate).reversed())
			.map(item -> this.eligibility.assess(item, today, Optional.ofNullable(open.get(item.recordId())),
					Optional.empty(), plan))
			.toList();
	}

	/**
	 * Files an application; refused with the failing conditions, each with its reason,
	 * when any fails.
	 */
	@Transactional
	public RepairApplication apply(long recordId, Applicant applicant, String dutiesPerformed, List<Evidence> evidence,
			boolean commitmentSigned) {
		Objections.evidenceWithinLimit(evidence);
		List<Evidence> given = (evidence != null) ? evidence : List.of();
		CreditFileItem item = item(recordId);
		Eligibility assessed = this.eligibility.assess(item, today(), openCase(recordId),
				Optional.of(new RepairEligibility.Statement(dutiesPerformed, given.size(), commitmentSigned)),
				this.plans.inExecution(item.subjectId()));
		if (!assessed.open()) {
			throw new DomainException("GX-REM-010", ProblemKind.RULE_VIOLATION,
					"The record does not meet the conditions of credit repair.",
					Map.of("failing",
							assessed.failing()
								.stream()
								.map(check -> Map.of("condition", check.condition().name(), "name", check.name(),
										"reason", check.reason()))
								.toList()));
		}
		if (dutiesPerformed.length() > 4000) {
			throw new DomainException("GX-REM-007", ProblemKind.BAD_REQUEST,
					"The statement of duties performed has at most 4000 characters.");
		}
		LocalDate replyDue = replyDue(today());
		StepStore.NewCase created = this.steps.nextCase("XF", today());
		long id = created.id();
		String reference = created.reference();
		try {
			this.store.insert(id, reference, CaseSubject.of(item), applicant, ActingUser.currentName(),
					dutiesPerformed.strip(), given, replyDue, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new DomainException("GX-REM-003", ProblemKind.CONFLICT,
					"The record already has an application being handled.", Map.of("record", recordId));
		}
		step(id, null, RepairState.FILED, applicant.channel().label() + "：" + applicant.name());
		RepairApplication filed = require(id);
		this.inbox.open(task(this.settings.repairReview(), this.settings.creditOffice(), filed, "review",
				"信用修复初审 " + reference));
		this.audit.record(change("remedy.repair.apply", filed).after(RepairState.FILED.name())
			.details(applicant.channel().name() + " " + item.documentNumber()));
		return filed;
	}

	/** The initial review passes: the deciding department gets the decision task. */
	@Transactional
	public RepairApplication accept(long id, Integer version, String note) {
		RepairApplication seen = seen(id, version);
		RepairApplication accepted = move(seen, RepairState.ACCEPTED, null, note);
		if (accepted != seen) {
			this.inbox.completeSource(source(seen, "review"), "初审通过");
			this.inbox.open(task(this.settings.repairDecision(), seen.providerCode(), accepted, "decision",
					"办理信用修复 " + seen.reference() + "：" + seen.documentNumber()));
		}
		return accepted;
	}

	/** The initial review fails (materials incomplete, not the applicant's record…). */
	@Transactional
	public RepairApplication refuse(long id, Integer version, String reason) {
		RepairApplication seen = seen(id, version);
		RepairApplication refused = move(seen, RepairState.NOT_ACCEPTED, Objections.required(reason, "reason"), reason);
		this.inbox.completeSource(source(seen, "review"), "初审未通过：" + reason.strip());
		return refused;
	}

	/**
	 * The deciding department approves: the record leaves publicity for good, the list
	 * entries resting on it end, and {@link RepairApproved} goes out.
	 */
	@Transactional
	public RepairApplication approve(long id, Integer version, String reply) {
		RepairApplication seen = seen(id, version);
		RepairApplication approved = move(seen, RepairState.APPROVED, Objections.required(reply, "reply"), reply);
		if (approved != seen) {
			LocalDate today = today();
			endRepaired(seen.subjectId(), seen.recordId(), seen.reference(), today, "信用修复 " + seen.reference());
			this.inbox.completeSource(source(seen, "decision"), "准予修复：" + reply.strip());
			this.events.publishEvent(new RepairApproved(id, seen.reference(), seen.recordId(), seen.subjectId(),
					seen.categoryCode(), seen.documentNumber(), seen.providerCode(), today, RepairApproved.HERE));
		}
		return approved;
	}

	/**
	 * The deciding department extends its decision once, for a complex case or a check
	 * (国办发〔2025〕22号), with the reason; the applicant's answer date moves with it.
	 */
	@Transactional
	public RepairApplication extend(long id, Integer version, String reason) {
		RepairApplication seen = seen(id, version);
		String why = Objections.required(reason, "reason");
		if (seen.state() != RepairState.ACCEPTED || seen.extendedDays() > 0) {
			throw conflict(seen, (seen.extendedDays() > 0) ? "办理时限已延长过一次" : "只有认定单位办理中的申请可以延长办理时限");
		}
		int days = this.settings.repairExtension();
		LocalDate replyDue = (seen.replyDue() != null) ? this.workingDays.addWorkingDays(seen.replyDue(), days) : null;
		if (!this.store.extend(seen, days, replyDue)) {
			throw conflict(seen, "修复申请已被他人处理，请刷新后重试");
		}
		this.inbox.bySource(source(seen, "decision")).ifPresent(task -> this.inbox.extend(task.id(), days, why));
		this.steps.record(CaseKind.REPAIR, id, this.clock.instant(), ActingUser.currentName(), seen.state().label(),
				seen.state().label(), "延长办理时限" + days + "个工作日：" + why);
		this.audit.record(change("remedy.repair.extend", seen).after(days + " working days").details(why));
		return require(id);
	}

	/** The deciding department refuses, with the written reason. */
	@Transactional
	public RepairApplication reject(long id, Integer version, String reason) {
		RepairApplication seen = seen(id, version);
		RepairApplication rejected = move(seen, RepairState.REJECTED, Objections.required(reason, "reason"), reason);
		this.inbox.completeSource(source(seen, "decision"), "不予修复：" + reason.strip());
		return rejected;
	}

	/**
	 * Applies a repair decided on another platform: the decision's publicity ends here
	 * too and its list entries end, once per source and reference; returns whether it
	 * changed anything.
	 */
	@Transactional
	public boolean recordExternal(ExternalRepair repair) {
		SubjectId subject = this.subjects.findByKey(io.gongxin.subject.SubjectKey.uscc(repair.subjectCode()))
			.map(io.gongxin.subject.Subject::id)
			.orElseThrow(() -> new DomainException("GX-REM-005", ProblemKind.NOT_FOUND,
					"No subject with that code on this platform.", Map.of("subject", repair.subjectCode())));
		CreditFileItem item = this.creditFiles.fileOf(subject)
			.stream()
			.filter(found -> found.categoryCode().equals(repair.categoryCode())
					&& found.documentNumber().equals(repair.documentNumber()))
			.filter(found -> found.recordStatus() == io.gongxin.ingest.CreditRecord.Status.ACTIVE)
			.findFirst()
			.orElseThrow(() -> new DomainException("GX-REM-005", ProblemKind.NOT_FOUND,
					"No current record of that decision on this platform.",
					Map.of("document", repair.documentNumber())));
		if (!this.store.recordExternal(repair, item.recordId(), subject, ActingUser.currentName(),
				this.clock.instant())) {
			return false;
		}
		String reference = repair.source() + " " + repair.reference();
		boolean ended = endRepaired(subject, item.recordId(), reference, repair.approvedOn(),
				"信用修复（" + reference + "）");
		this.audit.record(AuditEntry.change("remedy.repair.external", "credit-record", Long.toString(item.recordId()))
			.after("REPAIRED")
			.details(reference));
		this.events.publishEvent(new RepairApproved(0, repair.reference(), item.recordId(), subject,
				item.categoryCode(), item.documentNumber(), item.providerCode(), repair.approvedOn(), repair.source()));
		return ended;
	}

	/**
	 * What a repair does wherever it was decided: the record leaves publicity for good
	 * and the list entries resting on it that still count end. Returns whether the record
	 * was in publicity.
	 */
	private boolean endRepaired(SubjectId subject, long recordId, String reference, LocalDate day, String listReason) {
		boolean ended = this.creditFiles.endByRepair(recordId, reference, day);
		for (ListEntry entry : this.lists.history(subject)) {
			if (entry.recordId() == recordId && entry.inForce(this.clock.instant(), today())) {
				this.lists.endByRepair(entry.id(), listReason);
			}
		}
		return ended;
	}

	public RepairApplication application(long id) {
		return require(id);
	}

	public Optional<RepairApplication> byReference(String reference) {
		return this.store.byReference(reference);
	}

	public List<RepairApplication> ofSubject(SubjectId subject) {
		return this.store.ofSubject(subject);
	}

	public List<RepairApplication> inState(RepairState state, String providerCode, long afterId, int limit) {
		return this.store.inState(state, providerCode, afterId, Math.max(1, Math.min(limit, 500)));
	}

	public List<CaseStep> history(long id) {
		require(id);
		return this.steps.of(CaseKind.REPAIR, id);
	}

	private Optional<String> openCase(long recordId) {
		Optional<String> repair = this.store.openFor(recordId);
		return repair.isPresent() ? repair : this.objections.openFor(recordId);
	}

	private RepairApplication move(RepairApplication seen, RepairState to, String reply, String note) {
		if (seen.state() == to) {
			return seen;
		}
		seen.state().refusal(to).ifPresent(refusal -> {
			throw conflict(seen, refusal);
		});
		if (!this.store.move(seen, to, (reply != null) ? reply.strip() : null,
				to.finished() ? this.clock.instant() : null)) {
			throw conflict(seen, "修复申请已被他人处理，请刷新后重试");
		}
		step(seen.id(), seen.state(), to, (note != null) ? note.strip() : null);
		this.audit.record(change("remedy.repair." + to.name().toLowerCase(java.util.Locale.ROOT), seen)
			.before(seen.state().name())
			.after(to.name())
			.details(note));
		return require(seen.id());
	}

	private RepairApplication seen(long id, Integer version) {
		RepairApplication current = require(id);
		if (version != null && version != current.version() && !current.state().finished()) {
			throw conflict(current, "修复申请已被他人处理，请刷新后重试");
		}
		return current;
	}

	private RepairApplication require(long id) {
		return this.store.find(id)
			.orElseThrow(() -> new DomainException("GX-REM-001", ProblemKind.NOT_FOUND, "No such case.",
					Map.of("repair", id)));
	}

	private CreditFileItem item(long recordId) {
		return this.creditFiles.item(recordId)
			.orElseThrow(() -> new DomainException("GX-REM-005", ProblemKind.NOT_FOUND, "No such credit record.",
					Map.of("record", recordId)));
	}

	private void step(long id, RepairState from, RepairState to, String note) {
		this.steps.record(CaseKind.REPAIR, id, this.clock.instant(), ActingUser.currentName(),
				(from != null) ? from.label() : null, to.label(), note);
	}

	private NewTask task(TaskType type, String department, RepairApplication repair, String step, String title) {
		return new NewTask(type, department, title, repair.subjectName(), null, repair.subjectIsPerson(),
				source(repair, step), null);
	}

	private static String source(RepairApplication repair, String step) {
		return "repair:" + repair.id() + ":" + step;
	}

	private static AuditEntry change(String action, RepairApplication repair) {
		return AuditEntry.change(action, "repair", repair.reference());
	}

	private static DomainException conflict(RepairApplication repair, String reason) {
		return new DomainException("GX-REM-004", ProblemKind.CONFLICT, reason,
				Map.of("case", repair.reference(), "state", repair.state().name(), "reason", reason));
	}

	/**
	 * The day the applicant is answered by, or {@code null} while a year the period runs
	 * into has no loaded holiday notice: the application is taken all the same, and
	 * {@code ReplyDueSweep} sets the day once the notice is loaded.
	 */
	private LocalDate replyDue(LocalDate filed) {
		return this.replyDues.replyDue(filed, 0).orElse(null);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
