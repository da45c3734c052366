package io.gongxin.remedy.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.ingest.Ingestion;
import io.gongxin.ingest.Revocation;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Component;

/**
 * Corrects or withdraws a record on its department's behalf through the intake, so that a
 * correction meets the same validation as every record and the credit file, the lists and
 * the subscribers follow it as they follow any new version or revocation.
 */
@Component
public class RecordCorrections {

	private final CreditRecords records;

	private final Ingestion ingestion;

	RecordCorrections(CreditRecords records, Ingestion ingestion) {
		this.records = records;
		this.ingestion = ingestion;
	}

	/**
	 * Files the record again with the corrected fields; returns the id of the version
	 * that now stands for it (already there when the same correction was filed before).
	 */
	public long correct(long recordId, Map<String, String> corrected) {
		if (corrected == null || corrected.isEmpty()) {
			throw new DomainException("GX-REM-009", ProblemKind.RULE_VIOLATION,
					"A correction names the fields to change and their corrected values.");
		}
		CreditRecord record = record(recordId);
		Map<String, String> row = new LinkedHashMap<>(record.fields());
		for (Map.Entry<String, String> change : corrected.entrySet()) {
			if (record.documentNumber().equals(record.fields().get(change.getKey()))
					&& !record.documentNumber().equals(change.getValue())) {
				// another document number is another decision, not a version of this one
				throw new DomainException("GX-REM-009", ProblemKind.RULE_VIOLATION,
						"The document number cannot be corrected: delete the record and file the right one.",
						Map.of("field", change.getKey()));
			}
			row.put(change.getKey(), change.getValue());
		}
		if (row.equals(record.fields()) && record.status() == CreditRecord.Status.ACTIVE) {
			throw new DomainException("GX-REM-009", ProblemKind.RULE_VIOLATION,
					"The corrected values are the same as the record's.");
		}
		BatchReceipt receipt = this.ingestion.submitRows(record.providerCode(), record.categoryCode(), List.of(row),
				Channel.PLATFORM);
		refuseIfRejected(receipt);
		// the new version, whatever subject it now names; or, when the same correction
		// was filed before, the version standing already
		return this.records.ofBatch(receipt.batchId(), 0, 10)
			.stream()
			.filter(other -> other.status() == CreditRecord.Status.ACTIVE
					&& other.documentNumber().equals(record.documentNumber()))
			.mapToLong(CreditRecord::id)
			.findFirst()
			.orElseGet(() -> current(record));
	}

	/** Revokes the record (its department's revocation, with the reason). */
	public void withdraw(long recordId, String reason) {
		CreditRecord record = record(recordId);
		if (record.status() == CreditRecord.Status.REVOKED) {
			return;
		}
		BatchReceipt receipt = this.ingestion.submitRevocations(record.providerCode(), record.categoryCode(),
				List.of(new Revocation(record.documentNumber(), reason)));
		refuseIfRejected(receipt);
	}

	private void refuseIfRejected(BatchReceipt receipt) {
		String refusal = this.ingestion.refusal(receipt);
		if (refusal != null) {
			throw new DomainException("GX-REM-006", ProblemKind.RULE_VIOLATION,
					"The correction did not pass the catalog's validation.",
					Map.of("batch", receipt.batchId().toString(), "reasons", refusal));
		}
	}

	/** The active record now standing for the decision of the given one. */
	private long current(CreditRecord record) {
		return this.records.ofSubject(record.subjectId())
			.stream()
			.filter(other -> other.status() == CreditRecord.Status.ACTIVE)
			.filter(other -> other.categoryCode().equals(record.categoryCode())
					&& other.providerCode().equals(record.providerCode())
					&& other.documentNumber().equals(record.documentNumber()))
			.mapToLong(CreditRecord::id)
			.max()
			.orElseThrow(() -> new DomainException("GX-REM-006", ProblemKind.RULE_VIOLATION,
					"No current version of the corrected record was found."));
	}

	private CreditRecord record(long recordId) {
		return this.records.find(recordId)
			.orElseThrow(() -> new DomainException("GX-REM-005", ProblemKind.NOT_FOUND, "No such credit record.",
					Map.of("record", recordId)));
	}

}
