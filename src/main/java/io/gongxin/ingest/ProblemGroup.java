package io.gongxin.ingest;

import java.time.Instant;
import java.util.List;

/**
 * Open problem data of one kind: every row refused by the same rule on the same field,
 * counted once, with a few newest examples and what to do about it. One department-wide
 * defect (an authority code that fails its check) is one group, not 90,000 rows.
 *
 * @param rule the rule code, e.g. {@code IDENTIFIER_INVALID}
 * @param ruleName the rule in Chinese
 * @param field the field code, or {@code null} for the whole row
 * @param fieldName the field's Chinese name
 * @param rows how many open rows it holds
 * @param newest when the newest of them was refused
 * @param message one of the rows' messages
 * @param advice what to do, in Chinese
 * @param examples up to three of the newest rows
 */
public record ProblemGroup(String rule, String ruleName, String field, String fieldName, long rows, Instant newest,
		String message, String advice, List<Example> examples) {

	/**
	 * @param rejectionId the problem row's id
	 * @param rowNumber its row in the file
	 * @param subjectName the subject it names
	 * @param documentNumber its decision's document number (文书号)
	 * @param value the offending value
	 */
	public record Example(long rejectionId, int rowNumber, String subjectName, String documentNumber, String value) {
	}

}
