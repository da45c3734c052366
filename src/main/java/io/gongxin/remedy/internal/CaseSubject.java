package io.gongxin.remedy.internal;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.subject.SubjectId;

/**
 * What a remedy case is about, copied from the credit file when it is filed: the case
 * keeps it when the record is later replaced or withdrawn.
 */
public record CaseSubject(long recordId, SubjectId subjectId, String subjectName, boolean person, String categoryCode,
		String categoryName, String documentNumber, String providerCode) {

	public static CaseSubject of(CreditFileItem item) {
		return new CaseSubject(item.recordId(), item.subjectId(), item.subjectName(), item.subjectType().isPerson(),
				item.categoryCode(), item.categoryName(), item.documentNumber(), item.providerCode());
	}

}
