package io.gongxin.creditfile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.gongxin.ingest.CreditRecord;
import io.gongxin.catalog.Nature;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectType;

/**
 * One item of a credit file, as officers see it: the record's content, its provenance
 * (provider, batch, catalog version) and its publicity.
 *
 * @param recordId the accepted credit record it projects (also the item's identity)
 * @param fields every field of the record, unmasked: officer use only
 * @param recordStatus the record's state, as the ingest module keeps it
 * @param underObjection whether an objection (异议) to the item was accepted and is not
 * decided yet: the portal and reports show 异议处理中 meanwhile
 */
public record CreditFileItem(long recordId, SubjectId subjectId, SubjectType subjectType, String subjectName,
		String categoryCode, String categoryName, Nature nature, String providerCode, UUID batchId, long catalogVersion,
		String documentNumber, LocalDate decisionDate, String authority, String summary, List<ItemField> fields,
		CreditRecord.Status recordStatus, Instant recordEndedAt, String recordEndReason, Publicity publicity,
		boolean underObjection) {

	public CreditFileItem {
		Objects.requireNonNull(subjectId, "subjectId");
		Objects.requireNonNull(categoryCode, "categoryCode");
		Objects.requireNonNull(publicity, "publicity");
		fields = List.copyOf(fields);
	}

	public CreditFileItem withPublicity(Publicity changed) {
		return new CreditFileItem(this.recordId, this.subjectId, this.subjectType, this.subjectName, this.categoryCode,
				this.categoryName, this.nature, this.providerCode, this.batchId, this.catalogVersion,
				this.documentNumber, this.decisionDate, this.authority, this.summary, this.fields, this.recordStatus,
				this.recordEndedAt, this.recordEndReason, changed, this.underObjection);
	}

}
