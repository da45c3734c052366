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
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.remedy.internal.CaseSubject;
import io.gongxin.remedy.internal.ObjectionStore;
import io.gongxin.remedy.internal.RecordCorrections;
import io.gongxin.remedy.internal.RemedySettings;
import io.gongxin.remedy.internal.StepStore;
import io.gongxin.remedy.internal.StepStore.CaseKind;
import io.gongxin.subject.SubjectId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Objections (异议) to credit records, the 信用广州 way: the credit office decides within the
 * acceptance deadline whether to accept; from acceptance the record shows 异议处理中; the
 * platform checks it and corrects its own errors at once, or sends a 协查 to the department
 * that filed the record, whose answer (corrected, deleted, upheld) decides the objection
 * and is the written reply to the applicant. Each step is an inbox task with its
 * deadline. Who may take each step is checked by the callers (the web layer).
 */
@Service
public class Objections {

	private final ObjectionStore store;

	private final StepStore steps;

	private final CreditFiles creditFiles;

	private final RecordCorrections corrections;

	private final Inbox inbox;

	private final RemedySettings settings;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Objections(ObjectionStore store, StepStore steps, CreditFiles creditFiles, RecordCorrections corrections,
			Inbox inbox, RemedySettings settings, AuditLog audit, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.store = store;
		this.steps = steps;
		this.creditFiles = creditFiles;
		this.corrections = corrections;
		this.inbox = inbox;
		this.settings = settings;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Files an objection to a record; the applicant signs the commitment that what it
	 * states is true.
	 */
	@Transactional
	public Objection file(long recordId, Applicant applicant, String reasons, List<Evidence> evidence,
			boolean commitmentSigned) {
		if (reasons == null || reasons.isBlank() || reasons.length() > 4000) {
			throw new DomainException("GX-REM-011", ProblemKind.BAD_REQUEST,
					"An objection states its reasons (at most 4000 characters).");
		}
		evidenceWithinLimit(evidence);
		if (!commitmentSigned) {
			throw new DomainException("GX-REM-002", ProblemKind.RULE_VIOLATION,
					"An objection needs the applicant's signed commitment that its statements are true.");
		}
		CreditFileItem item = item(recordId);
		StepStore.NewCase created = this.steps.nextCase("YY", today());
		long id = created.id();
		String reference = created.reference();
		try {
			this.store.insert(id, reference, CaseSubject.of(item), applicant, ActingUser.currentName(), reasons.strip(),
					(evidence != null) ? evidence : List.of(), this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new DomainException("GX-REM-003", ProblemKind.CONFLICT,
					"The record already has an objection being handled.", Map.of("record", recordId));
		}
		step(id, null, ObjectionState.FILED, applicant.channel().label() + "：" + applicant.name());
		Objection filed = require(id);
		this.inbox.open(task(this.settings.objectionAcceptance(), this.settings.creditOffice(), filed, "acceptance",
				"受理异议申请 " + reference));
		this.audit.record(change("remedy.objection.file", filed).after(ObjectionState.FILED.name())
			.details(applicant.channel().name() + " " + reference));
		return filed;
	}

	/**
	 * The credit office accepts: the record shows 异议处理中 and the platform's check starts.
	 */
	@Transactional
	public Objection accept(long id, Integer version, String note) {
		Objection seen = seen(id, version);
		Objection accepted = move(seen, ObjectionState.ACCEPTED, null, null, null, note);
		if (accepted != seen) {
			this.creditFiles.markUnderObjection(seen.recordId(), seen.reference());
			this.inbox.completeSource(source(seen, "acceptance"), "已受理");
			this.inbox.open(task(this.settings.objectionCheck(), this.settings.creditOffice(), accepted, "check",
					"核查异议 " + seen.reference()));
			this.events.publishEvent(new ObjectionAccepted(id, seen.reference(), seen.recordId(), seen.subjectId(),
					seen.categoryCode(), seen.providerCode()));
		}
		return accepted;
	}

	/** The credit office does not accept, with the written reason for the applicant. */
	@Transactional
	public Objection refuse(long id, Integer version, String reason) {
		Objection seen = seen(id, version);
		Objection refused = move(seen, ObjectionState.NOT_ACCEPTED, null, required(reason, "reason"), null, reason);
		this.inbox.completeSource(source(seen, "acceptance"), "不予受理：" + reason.strip());
		return refused;
	}

	/**
	 * The platform's own error (a wrong subject link, a wrong display): put right at once
	 * by the credit office, which writes the reply.
	 */
	@Transactional
	public Objection correctAtPlatform(long id, Integer version, String reply) {
		Objection seen = seen(id, version);
		Objection decided = move(seen, ObjectionState.DECIDED, ObjectionOutcome.PLATFORM_CORRECTED,
				required(reply, "reply"), null, reply);
		this.inbox.completeSource(source(seen, "check"), "平台已更正：" + reply.strip());
		decided(decided);
		// what the platform showed is derived: drawn again from the record as filed
		this.creditFiles.reproject(seen.recordId());
		return decided;
	}

	/**
	 * The record must be checked by the department that filed it: a 协查 task on its desk.
	 */
	@Transactional
	public Objection refer(long id, Integer version, String note) {
		Objection seen = seen(id, version);
		Objection referred = move(seen, ObjectionState.REFERRED, null, null, null, note);
		if (referred != seen) {
			this.inbox.completeSource(source(seen, "check"), "转信息提供单位协查");
			this.inbox.open(task(this.settings.objectionAssist(), seen.providerCode(), referred, "assist",
					"协查异议 " + seen.reference() + "：" + seen.documentNumber()));
		}
		return referred;
	}

	/**
	 * The department's answer to the 协查, which decides the objection. A correction is
	 * filed through the intake as a new version of the record (the same validation as any
	 * record) and a deletion as its revocation, before the objection is decided; if the
	 * decision then fails, answering again finds the correction already made.
	 * @param corrected the fields to change, by catalog field code (corrections only)
	 */
	public Objection answer(long id, Integer version, ObjectionOutcome outcome, String explanation,
			Map<String, String> corrected) {
		Objection seen = seen(id, version);
		if (seen.state() == ObjectionState.DECIDED && seen.outcome() == outcome) {
			return seen;
		}
		seen.state().refusal(ObjectionState.DECIDED).ifPresent(refusal -> {
			throw conflict(seen, refusal);
		});
		if (seen.state() != ObjectionState.REFERRED) {
			throw conflict(seen, "只有已转协查的异议由信息提供单位答复");
		}
		String reply = required(explanation, "explanation");
		Long replacement = switch (outcome) {
			case CORRECTED -> this.corrections.correct(seen.recordId(), corrected);
			case DELETED -> {
				this.corrections.withdraw(seen.recordId(), "异议核实后删除（" + seen.reference() + "）：" + reply);
				yield null;
			}
			case UPHELD -> null;
			case PLATFORM_CORRECTED -> throw new DomainException("GX-REM-007", ProblemKind.BAD_REQUEST,
					"A department answers corrected, deleted or upheld.");
		};
		return this.transactions.execute(status -> decide(seen, outcome, reply, replacement));
	}

	private Objection decide(Objection seen, ObjectionOutcome outcome, String reply, Long replacement) {
		Objection decided = move(seen, ObjectionState.DECIDED, outcome, reply, replacement, reply);
		this.inbox.completeSource(source(seen, "assist"), outcome.label() + "：" + reply);
		decided(decided);
		return decided;
	}

	public Objection objection(long id) {
		return require(id);
	}

	public Optional<Objection> byReference(String reference) {
		return this.store.byReference(reference);
	}

	public List<Objection> ofSubject(SubjectId subject) {
		return this.store.ofSubject(subject);
	}

	/** Objections in a state, oldest first; pass the last id seen for more. */
	public List<Objection> inState(ObjectionState state, String providerCode, long afterId, int limit) {
		return this.store.inState(state, providerCode, afterId, Math.max(1, Math.min(limit, 500)));
	}

	public List<CaseStep> history(long id) {
		require(id);
		return this.steps.of(CaseKind.OBJECTION, id);
	}

	private void decided(Objection decided) {
		this.creditFiles.clearObjection(decided.recordId());
		this.events.publishEvent(new ObjectionDecided(decided.id(), decided.reference(), decided.recordId(),
				decided.subjectId(), decided.categoryCode(), decided.providerCode(), decided.outcome(),
				decided.replacementRecord(), today()));
	}

	/**
	 * Moves the objection; a repeat of the step it already took returns it unchanged (the
	 * same object), so a retried command is harmless.
	 */
	private Objection move(Objection seen, ObjectionState to, ObjectionOutcome outcome, String reply, Long replacement,
			String note) {
		if (seen.state() == to && (outcome == null || outcome == seen.outcome())) {
			return seen;
		}
		seen.state().refusal(to).ifPresent(refusal -> {
			throw conflict(seen, refusal);
		});
		if (!this.store.move(seen, to, outcome, (reply != null) ? reply.strip() : null, replacement,
				to.finished() ? this.clock.instant() : null)) {
			throw conflict(seen, "异议已被他人处理，请刷新后重试");
		}
		step(seen.id(), seen.state(), to, (note != null) ? note.strip() : null);
		this.audit.record(change("remedy.objection." + to.name().toLowerCase(java.util.Locale.ROOT), seen)
			.before(seen.state().name())
			.after(to.name() + ((outcome != null) ? " " + outcome.name() : ""))
			.details(note));
		return require(seen.id());
	}

	private Objection seen(long id, Integer version) {
		Objection current = require(id);
		if (version != null && version != current.version() && !current.state().finished()) {
			throw conflict(current, "异议已被他人处理，请刷新后重试");
		}
		return current;
	}

	private Objection require(long id) {
		return this.store.find(id)
			.orElseThrow(() -> new DomainException("GX-REM-001", ProblemKind.NOT_FOUND, "No such case.",
					Map.of("objection", id)));
	}

	private CreditFileItem item(long recordId) {
		return this.creditFiles.item(recordId)
			.orElseThrow(() -> new DomainException("GX-REM-005", ProblemKind.NOT_FOUND, "No such credit record.",
					Map.of("record", recordId)));
	}

	private void step(long id, ObjectionState from, ObjectionState to, String note) {
		this.steps.record(CaseKind.OBJECTION, id, this.clock.instant(), ActingUser.currentName(),
				(from != null) ? from.label() : null, to.label(), note);
	}

	private NewTask task(TaskType type, String department, Objection objection, String step, String title) {
		return new NewTask(type, department, title, objection.subjectName(), null, objection.subjectIsPerson(),
				source(objection, step), null);
	}

	private static String source(Objection objection, String step) {
		return "objection:" + objection.id() + ":" + step;
	}

	private static AuditEntry change(String action, Objection objection) {
		return AuditEntry.change(action, "objection", objection.reference());
	}

	private static DomainException conflict(Objection objection, String reason) {
		return new DomainException("GX-REM-004", ProblemKind.CONFLICT, reason,
				Map.of("case", objection.reference(), "state", objection.state().name(), "reason", reason));
	}

	/** At most {@value #MAX_EVIDENCE} pieces of evidence per application. */
	static final int MAX_EVIDENCE = 50;

	static void evidenceWithinLimit(List<Evidence> evidence) {
		if (evidence != null && evidence.size() > MAX_EVIDENCE) {
			throw new DomainException("GX-REM-016", ProblemKind.BAD_REQUEST,
					"At most " + MAX_EVIDENCE + " pieces of evidence per application.");
		}
	}

	static String required(String text, String what) {
		if (text == null || text.isBlank() || text.length() > 4000) {
			throw new DomainException("GX-REM-007", ProblemKind.BAD_REQUEST,
					"The " + what + " is required (at most 4000 characters).");
		}
		return text.strip();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
