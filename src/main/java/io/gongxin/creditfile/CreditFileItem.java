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
 */
public record CreditFileItem(long recordId, SubjectId subjectId, SubjectType subjectType, String subjectName,
		String categoryCode, String categoryName, Nature nature, String providerCode, UUID batchId, long catalogVersion,
		String documentNumber, LocalDate decisionDate, String authority, String summary, List<ItemField> fields,
		CreditRecord.Status recordStatus, Instant recordEndedAt, String recordEndReason, Publicity publicity) {

	public CreditFileItem {
		Objects.requireNonNull(subjectId, "subjectId");
		Objects.requireNonNull(categoryCode, "categoryCode");
		Objects.requireNonNull(publicity, "publicity");
		fields = List.copyOf(fields);
	}

}
