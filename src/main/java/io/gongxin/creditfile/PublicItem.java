package io.gongxin.creditfile;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.subject.SubjectId;

/**
 * What the public may see of a credit-file item in publicity: identifiers of persons are
 * left out and any citizen id in free text is masked.
 *
 * @param underObjection whether an accepted objection is being handled (异议处理中)
 */
public record PublicItem(long recordId, SubjectId subjectId, String subjectName, String categoryCode,
		String categoryName, String providerCode, String documentNumber, LocalDate decisionDate, String authority,
		String summary, LocalDate publicUntil, List<ItemField> fields, boolean underObjection) {

	public PublicItem {
		fields = List.copyOf(fields);
	}

}
