package io.gongxin.ingest.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.BatchCompleted;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.RecordsAccepted;
import io.gongxin.ingest.RejectionReason;

import org.springframework.context.ApplicationEventPublisher;

/**
 * A revocation batch: each row names a decision by its document number and the reason it
 * no longer has effect (复议撤销, 诉讼撤销, 依职权撤销…). The record is ended, never deleted.
 */
final class RevocationRun {

	static final String DOCUMENT = "documentNumber";

	static final String REASON = "reason";

	private final BatchReceipt batch;

	private final RecordStore records;

	private final BatchStore batches;

	private final Spool spool;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RevocationRun(BatchReceipt batch, RecordStore records, BatchStore batches, Spool spool,
			ApplicationEventPublisher events, Clock clock) {
		this.batch = batch;
		this.records = records;
		this.batches = batches;
		this.spool = spool;
		this.events = events;
		this.clock = clock;
	}

	void run() {
		List<Map<String, String>> rows = this.spool.readRows(this.batch.batchId());
		List<ValidatedRow.Invalid> rejected = new ArrayList<>();
		int revoked = 0;
		int index = 0;
		for (Map<String, String> row : rows) {
			index++;
			String document = RowValidator.clean(row.get(DOCUMENT));
			String reason = RowValidator.clean(row.get(REASON));
			List<RejectionReason> reasons = new ArrayList<>();
			if (document == null) {
				reasons.add(new RejectionReason(DOCUMENT, "MISSING_MANDATORY", "缺少被撤销决定的文书号", null));
			}
			if (reason == null) {
				reasons.add(new RejectionReason(REASON, "MISSING_MANDATORY", "缺少撤销原因", null));
			}
			RecordStore.Active active = (document == null) ? null
					: this.records
						.activeByDocument(this.batch.providerCode(), this.batch.categoryCode(), List.of(document))
						.get(document);
			if (document != null && active == null) {
				reasons.add(new RejectionReason(DOCUMENT, "NOT_FOUND", "本单位没有该文书号的有效记录", document));
			}
			if (!reasons.isEmpty()) {
				rejected.add(new ValidatedRow.Invalid(index, row, reasons));
				continue;
			}
			this.records.end(List.of(active.id()), CreditRecord.Status.REVOKED, this.batch.batchId(), reason);
			revoked++;
		}
		this.records.insertRejections(this.batch.batchId(), this.batch.providerCode(), this.batch.categoryCode(),
				rejected);
		this.batches.complete(this.batch.batchId(), "JSON", "UTF-8",
				new BatchStore.Counts(rows.size(), rows.size() - rejected.size(), rejected.size(), 0, 0, 0, revoked, 0),
				List.of());
		this.events.publishEvent(new RecordsAccepted(this.batch.batchId(), this.batch.providerCode(),
				this.batch.categoryCode(), 0, 0, revoked));
		Map<String, Integer> rules = new java.util.HashMap<>();
		rejected.forEach(row -> row.reasons().forEach(reason -> rules.merge(reason.rule(), 1, Integer::sum)));
		this.events.publishEvent(new BatchCompleted(this.batch.batchId(), this.batch.providerCode(),
				this.batch.categoryCode(), this.batch.kind(), this.batch.channel(), rows.size(),
				rows.size() - rejected.size(), rejected.size(), 0, 0, 0, revoked, 0, Map.copyOf(rules),
				this.batch.submittedAt(), this.clock.instant()));
	}

}
