package io.gongxin.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectType;

/**
 * One accepted credit record (信用记录), immutable; a later version or a revocation ends it
 * but never changes it.
 *
 * @param fields the catalog fields of the record, by field code
 * @param late whether it was reported later than 7 working days after the decision
 * ({@code null} when the holiday calendar does not cover the dates)
 */
public record CreditRecord(long id, UUID batchId, String providerCode, String categoryCode, long catalogVersion,
		SubjectId subjectId, SubjectType subjectType, String subjectName, String documentNumber, LocalDate decisionDate,
		Instant reportedAt, Boolean late, Map<String, String> fields, String contentHash, Status status,
		Long supersedesId, Instant endedAt, String endReason) {

	public enum Status {

		ACTIVE, SUPERSEDED, REVOKED

	}

}
