package io.gongxin.commitment.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.commitment.Commitment;
import io.gongxin.commitment.CommitmentBroken;
import io.gongxin.commitment.CommitmentFulfilled;
import io.gongxin.commitment.CommitmentState;
import io.gongxin.inbox.Inbox;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.Subject;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The verifying department's finding, recorded once: a kept commitment is filed as 已履约
 * (positive information, 承诺践诺); a broken one as 未履约 and as 违背信用承诺信息 of the commitment's
 * tier (一般 unless its legal basis set another). The verification task is done and the
 * finding announced.
 */
@Component
public class Verification {

	private final CommitmentStore store;

	private final CommitmentFiling filing;

	private final Inbox inbox;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Verification(CommitmentStore store, CommitmentFiling filing, Inbox inbox, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.filing = filing;
		this.inbox = inbox;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the department found.
	 *
	 * @param fileRecords whether to file the commitment's records (not when the
	 * department's own 履约情况 record brought the finding; the breach is filed anyway)
	 */
	public record Finding(CommitmentState state, LocalDate foundOn, String evidence, String explanation,
			boolean fileRecords) {

		public Finding {
			if (state == null || state == CommitmentState.PENDING) {
				throw new DomainException("GX-CMT-008", ProblemKind.BAD_REQUEST,
						"A finding says whether the commitment was kept (FULFILLED) or broken (BROKEN).",
						Map.of("field", "state"));
			}
			if (foundOn == null) {
				throw new DomainException("GX-CMT-008", ProblemKind.BAD_REQUEST, "A finding has the day it was made.",
						Map.of("field", "foundOn"));
			}
			evidence = text(evidence, "evidence", 500);
			explanation = text(explanation, "explanation", 2000);
		}

		private static String text(String value, String field, int max) {
			if (value == null || value.isBlank() || value.strip().length() > max) {
				throw new DomainException("GX-CMT-008", ProblemKind.BAD_REQUEST,
						"A finding names its " + field + " (at most " + max + " characters).", Map.of("field", field));
			}
			return value.strip();
		}

	}

	public Commitment record(Commitment c, Subject subject, Finding finding) {
		if (finding.foundOn().isBefore(c.signedOn()) || finding.foundOn().isAfter(LocalDate.now(this.clock))) {
			throw new DomainException("GX-CMT-008", ProblemKind.BAD_REQUEST,
					"A finding is made between the signing and today.");
		}
		SeverityTier tier = (finding.state() == CommitmentState.BROKEN) ? c.breachTier() : null;
		if (!this.store.insertOutcome(c.id(), finding.state(), finding.foundOn(), finding.evidence(),
				finding.explanation(), tier, ActingUser.currentName(), this.clock.instant())) {
			throw new DomainException("GX-CMT-010", ProblemKind.CONFLICT,
					"The commitment's fulfilment was recorded already.", Map.of("number", c.number()));
		}
		Commitment found = this.store.byNumber(c.number()).orElseThrow();
		// the breach first: when the catalog refuses it, nothing of the finding is filed
		Long breachRecord = null;
		if (finding.state() == CommitmentState.BROKEN) {
			breachRecord = this.filing.fileBreach(found, subject, finding.foundOn(), finding.explanation(), tier,
					finding.evidence());
			this.store.noteOutcomeRecord(c.id(), breachRecord);
		}
		if (finding.fileRecords()) {
			this.filing.fileCommitment(CommitmentFiling.Filed.of(found), subject, finding.state(), finding.foundOn());
		}
		this.inbox.completeSource(Signing.source(c.number()), finding.state().label() + "：" + finding.explanation());
		this.audit.record(AuditEntry.change("commitment.verify", "commitment", c.number())
			.subject(subject.currentKey().value())
			.before(CommitmentState.PENDING.name())
			.after(finding.state().name())
			.details(finding.evidence()));
		if (finding.state() == CommitmentState.BROKEN) {
			this.events.publishEvent(new CommitmentBroken(c.number(), c.subjectId(), c.kind(), c.departmentCode(),
					finding.foundOn(), tier, breachRecord));
		}
		else {
			this.events.publishEvent(new CommitmentFulfilled(c.number(), c.subjectId(), c.kind(), c.departmentCode(),
					finding.foundOn()));
		}
		return this.store.byNumber(c.number()).orElseThrow();
	}

}
