package io.gongxin.remedy;

import java.time.LocalDate;

/**
 * A repair approved on another platform (信用中国 is the single national intake), as it
 * reaches this one: which decision of which organisation, by which source and reference.
 */
public record ExternalRepair(String source, String reference, String subjectCode, String categoryCode,
		String documentNumber, LocalDate approvedOn) {

	public ExternalRepair {
		for (String required : new String[] { source, reference, subjectCode, categoryCode, documentNumber }) {
			if (required == null || required.isBlank() || required.length() > 200) {
				throw new IllegalArgumentException("an external repair names its source, reference, subject, "
						+ "category and document (at most 200 characters each)");
			}
		}
		if (approvedOn == null) {
			throw new IllegalArgumentException("an external repair has its approval date");
		}
		source = source.strip();
		reference = reference.strip();
		subjectCode = subjectCode.strip().toUpperCase(java.util.Locale.ROOT);
		documentNumber = documentNumber.strip();
	}

}
