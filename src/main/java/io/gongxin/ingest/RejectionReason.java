package io.gongxin.ingest;

import java.util.Objects;

/**
 * One reason a row was refused.
 *
 * @param field the field code concerned, or {@code null} for the whole row
 * @param rule stable rule code, e.g. {@code MISSING_MANDATORY},
 * {@code IDENTIFIER_INVALID}
 * @param message Chinese explanation for the clerk
 * @param value the offending value (shortened), if any
 */
public record RejectionReason(String field, String rule, String message, String value) {

	public RejectionReason {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(message, "message");
		if (value != null && value.length() > 200) {
			value = value.substring(0, 200) + "…";
		}
	}

}
