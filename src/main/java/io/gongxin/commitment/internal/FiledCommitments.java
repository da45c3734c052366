package io.gongxin.commitment.internal;

import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.RecordFacts;
import io.gongxin.catalog.RecordReader;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.commitment.Commitment;
import io.gongxin.commitment.CommitmentKind;
import io.gongxin.commitment.CommitmentState;
import io.gongxin.commitment.SigningChannel;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.ingest.Ingestion;
import io.gongxin.ingest.RecordsAccepted;
import io.gongxin.platform.SystemActor;
import io.gongxin.subject.Subjects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Commitments departments file as 信用承诺 records through the intake (告知承诺 taken at their
 * counters): each becomes a tracked commitment, with a verification task while its 履约情况
 * is 履约中; a later record with the same 承诺书编号 saying 已履约 or 未履约 is the department's
 * finding, and a broken one is filed as 违背信用承诺信息 like any other. The platform's own
 * filings come back here too and are recognised by their number.
 */
@Component
class FiledCommitments {

	private static final Logger log = LoggerFactory.getLogger(FiledCommitments.class);

	private static final int PAGE = 500;

	private final CreditRecords records;

	private final Ingestion ingestion;

	private final RecordReader reader;

	private final CommitmentStore store;

	private final Signing signing;

	private final Verification verification;

	private final Subjects subjects;

	private final CommitmentSettings settings;

	private final java.time.Clock clock;

	private final org.springframework.transaction.support.TransactionTemplate each;

	FiledCommitments(CreditRecords records, Ingestion ingestion, RecordReader reader, CommitmentStore store,
			Signing signing, Verification verification, Subjects subjects, CommitmentSettings settings,
			java.time.Clock clock, org.springframework.transaction.PlatformTransactionManager transactions) {
		this.clock = clock;
		this.ingestion = ingestion;
		// one record at a time, so a record that cannot be registered leaves nothing half
		// done and does not hold up the others
		this.each = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.each
			.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.records = records;
		this.reader = reader;
		this.store = store;
		this.signing = signing;
		this.verification = verification;
		this.subjects = subjects;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(RecordsAccepted event) {
		if (!CommitmentFiling.COMMITMENT_CATEGORY.equals(event.categoryCode())
				|| event.created() + event.superseding() == 0
				|| this.ingestion.receipt(event.batchId()).channel() == Channel.PLATFORM) {
			// the platform's own filings are the commitments' records already
			return;
		}
		SystemActor.runAs("commitment-intake", () -> {
			long after = 0;
			List<CreditRecord> page;
			do {
				page = this.records.ofBatch(event.batchId(), after, PAGE);
				for (CreditRecord record : page) {
					after = record.id();
					if (record.status() == CreditRecord.Status.ACTIVE) {
						try {
							Optional<Runnable> later = this.each.execute(status -> take(record));
							if (later != null && later.isPresent()) {
								this.each.executeWithoutResult(status -> later.get().run());
							}
						}
						catch (io.gongxin.platform.DomainException ex) {
							// the record stays in the credit file; the commitment is
							// not tracked, and the log says why
							log.warn("Commitment record {} not registered: {} {}", record.id(), ex.code(),
									ex.getMessage());
						}
					}
				}
			}
			while (page.size() == PAGE);
		});
	}

	/**
	 * Registers the record's commitment; returns the finding to record afterwards, if
	 * any.
	 */
	private Optional<Runnable> take(CreditRecord record) {
		Optional<RecordFacts> read = this.reader.read(new CatalogVersionId(record.catalogVersion()),
				record.categoryCode(), record.fields());
		if (read.isEmpty()) {
			return Optional.empty();
		}
		RecordFacts facts = read.get();
		String number = record.documentNumber().startsWith("#") ? "CNR" + record.id() : record.documentNumber();
		Optional<CommitmentState> filed = CommitmentState.fromFiled(facts.value("CN_LXQK"));
		Optional<Commitment> known = this.store.byNumber(number);
		if (known.isPresent()) {
			// a department's finding on a commitment it filed, or a record filed again
			if (known.get().outcome() == null && filed.isPresent() && filed.get() != CommitmentState.PENDING
					&& known.get().departmentCode().equals(record.providerCode())) {
				this.verification.record(known.get(), this.subjects.get(record.subjectId()),
						new Verification.Finding(filed.get(), verifiedOn(facts, record),
								"部门报送的履约情况（记录 " + record.id() + "）", facts.value("CN_LXQK"), false));
			}
			return Optional.empty();
		}
		boolean pending = filed.isEmpty() || filed.get() == CommitmentState.PENDING;
		String type = facts.value("CN_LX");
		Commitment signed = this.signing.sign(
				new Signing.Terms(number, null, kindOf(type), type,
						(facts.value("CN_SX") != null) ? facts.value("CN_SX") : type, "（部门报送，承诺书原文存于受理单位）", List.of(),
						record.providerCode(), SigningChannel.INGEST, true, SeverityTier.GENERAL, record.decisionDate(),
						pending ? this.settings.defaultVerificationWorkingDays() : null, false, record.id()),
				this.subjects.get(record.subjectId()));
		log.debug("Commitment {} registered from record {}", number, record.id());
		if (!pending) {
			// recorded once the registration committed: the finding files the breach
			// through the intake, which must not wait for the audit chain held here
			return Optional.of(() -> this.verification.record(this.store.byNumber(signed.number()).orElseThrow(),
					this.subjects.get(record.subjectId()),
					new Verification.Finding(filed.get(), verifiedOn(facts, record),
							"部门报送的履约情况（记录 " + record.id() + "）", facts.value("CN_LXQK"), false)));
		}
		return Optional.empty();
	}

	private java.time.LocalDate verifiedOn(RecordFacts facts, CreditRecord record) {
		String day = facts.value("CN_HCRQ");
		java.time.LocalDate verified = (day != null) ? io.gongxin.catalog.DateSpellings.parse(day) : null;
		return (verified != null) ? verified : java.time.LocalDate.ofInstant(record.reportedAt(), this.clock.getZone());
	}

	/** The kind a department's 承诺类型 text names. */
	static CommitmentKind kindOf(String type) {
		String text = (type != null) ? type : "";
		for (CommitmentKind kind : CommitmentKind.values()) {
			if (text.contains(kind.label().replace("型", ""))) {
				return kind;
			}
		}
		if (text.contains("证明")) {
			return CommitmentKind.CERTIFICATION;
		}
		if (text.contains("告知承诺") || text.contains("审批")) {
			return CommitmentKind.APPROVAL_SUBSTITUTE;
		}
		if (text.contains("行业") || text.contains("协会")) {
			return CommitmentKind.INDUSTRY;
		}
		if (text.contains("修复")) {
			return CommitmentKind.CREDIT_REPAIR;
		}
		return CommitmentKind.PROACTIVE;
	}

}
