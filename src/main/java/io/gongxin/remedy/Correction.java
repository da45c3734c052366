package io.gongxin.remedy;

import java.time.Instant;

import io.gongxin.subject.SubjectId;

/**
 * A correction (勘误) a providing department owes for one of its records: what was found,
 * and once filed, its written explanation and the version that replaced the record.
 */
public record Correction(long id, String reference, long recordId, SubjectId subjectId, String subjectName,
		boolean subjectIsPerson, String categoryCode, String categoryName, String documentNumber, String providerCode,
		String finding, String raisedBy, CorrectionState state, String explanation, Long replacementRecord,
		Instant raisedAt, Instant finishedAt, int version) {

}
