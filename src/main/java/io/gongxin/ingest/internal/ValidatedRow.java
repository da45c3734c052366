package io.gongxin.ingest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.gongxin.ingest.RejectionReason;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;

/**
 * The verdict on one row: a record ready to store, or the reasons it is refused.
 */
sealed interface ValidatedRow {

	int rowNumber();

	record Valid(int rowNumber, long catalogVersion, SubjectKey subjectKey, SubjectType subjectType, String subjectName,
			String documentNumber, LocalDate decisionDate, Boolean late, Integer workingDaysToReport,
			Map<String, String> fields, String contentHash) implements ValidatedRow {
	}

	record Invalid(int rowNumber, Map<String, String> raw, List<RejectionReason> reasons) implements ValidatedRow {
	}

}
