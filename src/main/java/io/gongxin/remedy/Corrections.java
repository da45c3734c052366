package io.gongxin.remedy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.NewTask;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.remedy.internal.CaseSubject;
import io.gongxin.remedy.internal.CorrectionStore;
import io.gongxin.remedy.internal.RecordCorrections;
import io.gongxin.remedy.internal.RemedySettings;
import io.gongxin.remedy.internal.StepStore;
import io.gongxin.remedy.internal.StepStore.CaseKind;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrections (勘误) of a department's own records: the department that finds its record
 * wrong or changed, or the credit office that finds it so, opens one; the department then
 * owes, within the deadline, the corrected version (filed through the intake), the
 * record's withdrawal or the confirmation that it is right, each with a written
 * explanation. The deadline is a task in its inbox.
 */
@Service
public class Corrections {

	private final CorrectionStore store;

	private final StepStore steps;

	private final CreditFiles creditFiles;

	private final RecordCorrections records;

	private final Inbox inbox;

	private final RemedySettings settings;

	private final AuditLog audit;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Corrections(CorrectionStore store, StepStore steps, CreditFiles creditFiles, RecordCorrections records, Inbox inbox,
			RemedySettings settings, AuditLog audit, Clock clock, PlatformTransactionManager transactionManager) {
		this.store = store;
		this.steps = steps;
		this.creditFiles = creditFiles;
		this.records = records;
		this.inbox = inbox;
		this.settings = settings;
		this.audit = audit;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Opens a correction of the record, with what was found wrong or changed. */
	@Transactional
	public Correction open(long recordId, String finding) {
		String found = Objections.required(finding, "finding");
		CreditFileItem item = this.creditFiles.item(recordId)
			.orElseThrow(() -> new DomainException("GX-REM-005", ProblemKind.NOT_FOUND, "No such credit record.",
					Map.of("record", recordId)));
		StepStore.NewCase created = this.steps.nextCase("KW", LocalDate.now(this.clock));
		long id = created.id();
		String reference = created.reference();
		try {
			this.store.insert(id, reference, CaseSubject.of(item), found, ActingUser.currentName(),
					this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new DomainException("GX-REM-003", ProblemKind.CONFLICT,
					"The record already has a correction being handled.", Map.of("record", recordId));
		}
		this.steps.record(CaseKind.CORRECTION, id, this.clock.instant(), ActingUser.currentName(), null,
				CorrectionState.OPEN.label(), found);
		this.inbox.open(new NewTask(this.settings.correction(), item.providerCode(),
				"报送勘误说明 " + reference + "：" + item.documentNumber(), item.subjectName(), null,
				item.subjectType().isPerson(), source(id), null));
		this.audit.record(AuditEntry.change("remedy.correction.open", "correction", reference).details(found));
		return require(id);
	}

	/**
	 * Files the correction: the corrected fields as a new version of the record, its
	 * withdrawal, or the confirmation that it is right, with the written explanation.
	 */
	public Correction file(long id, Integer version, CorrectionState outcome, String explanation,
			Map<String, String> corrected) {
		Correction seen = require(id);
		if (seen.state() == outcome) {
			return seen;
		}
		if (seen.state().finished() || (version != null && version != seen.version())) {
			throw new DomainException("GX-REM-004", ProblemKind.CONFLICT, "勘误已报送，请刷新后查看",
					Map.of("case", seen.reference(), "state", seen.state().name(), "reason", "勘误已报送，请刷新后查看"));
		}
		String written = Objections.required(explanation, "explanation");
		Long replacement = switch (outcome) {
			case CORRECTED -> this.records.correct(seen.recordId(), corrected);
			case WITHDRAWN -> {
				this.records.withdraw(seen.recordId(), "勘误（" + seen.reference() + "）：" + written);
				yield null;
			}
			case CONFIRMED -> null;
			case OPEN -> throw new DomainException("GX-REM-007", ProblemKind.BAD_REQUEST,
					"A correction is filed as corrected, withdrawn or confirmed.");
		};
		return this.transactions.execute(status -> {
			if (!this.store.finish(seen, outcome, written, replacement, this.clock.instant())) {
				throw new DomainException("GX-REM-004", ProblemKind.CONFLICT, "勘误已被他人报送，请刷新后查看",
						Map.of("case", seen.reference(), "reason", "勘误已被他人报送，请刷新后查看"));
			}
			this.steps.record(CaseKind.CORRECTION, id, this.clock.instant(), ActingUser.currentName(),
					CorrectionState.OPEN.label(), outcome.label(), written);
			this.inbox.completeSource(source(id), outcome.label() + "：" + written);
			this.audit.record(AuditEntry.change("remedy.correction.file", "correction", seen.reference())
				.before(CorrectionState.OPEN.name())
				.after(outcome.name())
				.details(written));
			return require(id);
		});
	}

	public Correction correction(long id) {
		return require(id);
	}

	public List<Correction> inState(CorrectionState state, String providerCode, long afterId, int limit) {
		return this.store.inState(state, providerCode, afterId, Math.max(1, Math.min(limit, 500)));
	}

	public List<CaseStep> history(long id) {
		require(id);
		return this.steps.of(CaseKind.CORRECTION, id);
	}

	private Correction require(long id) {
		return this.store.find(id)
			.orElseThrow(() -> new DomainException("GX-REM-001", ProblemKind.NOT_FOUND, "No such case.",
					Map.of("correction", id)));
	}

	private static String source(long id) {
		return "correction:" + id;
	}

}
