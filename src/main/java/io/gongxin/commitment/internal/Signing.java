package io.gongxin.commitment.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.commitment.Commitment;
import io.gongxin.commitment.CommitmentKind;
import io.gongxin.commitment.CommitmentSigned;
import io.gongxin.commitment.CommitmentState;
import io.gongxin.commitment.SigningChannel;
import io.gongxin.identifier.CitizenId;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.NewTask;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.platform.Sm3;
import io.gongxin.subject.Subject;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a commitment comes to exist, whatever the channel: it is numbered, stored
 * as signed with the SM3 digest of what was signed, given its verification task with the
 * deadline from the calendar, filed as a credit record when its type is public (a private
 * one is filed with its finding), audited and announced.
 */
@Component
public class Signing {

	private final CommitmentStore store;

	private final CommitmentFiling filing;

	private final Inbox inbox;

	private final WorkingDays workingDays;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Signing(CommitmentStore store, CommitmentFiling filing, Inbox inbox, WorkingDays workingDays, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.filing = filing;
		this.inbox = inbox;
		this.workingDays = workingDays;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What is signed.
	 *
	 * @param number the number to keep (a department's own), or {@code null} for a fresh
	 * one
	 * @param verificationWorkingDays the period of verification, or {@code null} when the
	 * finding is already known (nothing to track)
	 * @param fileRecord whether to file the credit record now (not when the department's
	 * own record is what brought it)
	 */
	public record Terms(String number, Long templateVersion, CommitmentKind kind, String typeName, String matter,
			String text, java.util.List<String> items, String departmentCode, SigningChannel channel,
			boolean publicColumn, SeverityTier breachTier, LocalDate signedOn, Integer verificationWorkingDays,
			boolean fileRecord, Long recordId) {
	}

	public Commitment sign(Terms terms, Subject subject) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.now(this.clock);
		if (terms.signedOn().isAfter(today)) {
			throw new DomainException("GX-CMT-006", ProblemKind.BAD_REQUEST,
					"A commitment cannot be signed in the future.");
		}
		String number = (terms.number() != null) ? terms.number() : this.store.nextNumber(terms.signedOn());
		LocalDate dueOn = (terms.verificationWorkingDays() != null)
				? dueOn(terms.signedOn(), terms.verificationWorkingDays()) : null;
		String code = subject.currentKey().value();
		boolean person = subject.type().isPerson();
		String digest = Sm3.hex(String.join("\n", number, subject.name(), code, terms.typeName(), terms.matter(),
				terms.text(), String.join("\n", terms.items()), terms.signedOn().toString()));
		Long recordId = terms.recordId();
		if (recordId == null && terms.fileRecord() && terms.publicColumn()) {
			// filed before anything else: the intake commits and audits on its own, and
			// must
			// not wait for the audit chain this transaction would hold
			recordId = this.filing
				.fileCommitment(
						new CommitmentFiling.Filed(number, terms.kind(), terms.typeName(), terms.matter(),
								terms.signedOn(), terms.departmentCode(), dueOn),
						subject, CommitmentState.PENDING, null);
		}
		long id = this.store
			.insert(new CommitmentStore.NewCommitment(number, terms.templateVersion(), terms.kind(), terms.typeName(),
					terms.matter(), terms.text(), terms.items(), digest, subject.id(), subject.name(),
					person ? CitizenId.mask(code) : code, person, terms.departmentCode(), terms.channel(),
					terms.publicColumn(), terms.breachTier(), terms.signedOn(), now, ActingUser.currentName(),
					terms.verificationWorkingDays(), dueOn))
			.orElseThrow(() -> new DomainException("GX-CMT-007", ProblemKind.CONFLICT,
					"A commitment with this number is on record already.", Map.of("number", number)));
		Commitment signed = this.store.byNumber(number).orElseThrow();
		if (dueOn != null) {
			openVerification(signed);
		}
		if (recordId != null) {
			this.store.noteRecord(id, recordId);
		}
		this.audit.record(AuditEntry.change("commitment.sign", "commitment", number)
			.subject(code)
			.after(terms.kind().label() + " " + terms.typeName() + " " + terms.channel().label())
			.details("digest " + digest));
		this.events.publishEvent(new CommitmentSigned(number, subject.id(), terms.kind(), terms.typeName(),
				terms.departmentCode(), terms.signedOn(), dueOn));
		return this.store.byNumber(number).orElseThrow();
	}

	/**
	 * The due day of a verification, or {@code null} while the holiday notice of a year
	 * it runs into is not loaded (the deadline sweep sets it once it is).
	 */
	LocalDate dueOn(LocalDate signedOn, int workingDays) {
		return this.workingDays.addWorkingDaysIfCovered(signedOn, workingDays).orElse(null);
	}

	/** Puts the verification on the department's desk, due when the commitment says. */
	void openVerification(Commitment c) {
		this.inbox
			.open(new NewTask(CommitmentSettings.verification(c.verificationWorkingDays(), c.templateVersion() != null),
					c.departmentCode(), "核查信用承诺履约情况：" + c.typeName() + "（" + c.number() + "）", c.subjectName(),
					c.subjectCode(), c.subjectIsPerson(), source(c.number()), c.signedOn()));
	}

	/** The inbox source of a commitment's verification task. */
	public static String source(String number) {
		return "commitment:" + number;
	}

}
