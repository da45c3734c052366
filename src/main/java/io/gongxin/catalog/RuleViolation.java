package io.gongxin.catalog;

import java.util.Objects;

/**
 * One reason a record breaks the catalog.
 *
 * @param fieldCode the field concerned, or {@code null} for the whole record
 * @param ruleCode stable rule code, one of the constants below
 * @param message Chinese explanation for the clerk, naming the legal basis where there is
 * one
 * @param value the offending value (for sensitive data only the matched term, so the
 * rejection store never copies the data it refuses)
 */
public record RuleViolation(String fieldCode, String ruleCode, String message, String value) {

	public static final String UNKNOWN_CATEGORY = "UNKNOWN_CATEGORY";

	public static final String SUBJECT_TYPE_NOT_ALLOWED = "SUBJECT_TYPE_NOT_ALLOWED";

	public static final String FIELD_NOT_IN_CATALOG = "FIELD_NOT_IN_CATALOG";

	public static final String MISSING_MANDATORY = "MISSING_MANDATORY";

	public static final String CONDITIONAL_MANDATORY = "CONDITIONAL_MANDATORY";

	public static final String MAX_LENGTH = "MAX_LENGTH";

	public static final String TYPE_FORMAT = "TYPE_FORMAT";

	public static final String CODE_LIST = "CODE_LIST";

	public static final String MINOR_MISCONDUCT = "MINOR_MISCONDUCT";

	public static final String SENSITIVE_DATA = "SENSITIVE_DATA";

	public RuleViolation {
		Objects.requireNonNull(ruleCode, "ruleCode");
		Objects.requireNonNull(message, "message");
	}

}
