package io.gongxin.inbox;

import java.util.Objects;

/**
 * A kind of task and its deadline rule, defined once by the capability that opens such
 * tasks (as a constant next to its workflow).
 *
 * @param code stable code, e.g. {@code OBJECTION_CHECK}
 * @param name what people see, e.g. 异议协查
 * @param workingDays working days allowed, counted from the day after the start date
 * @param legalBasis the rule the deadline comes from
 */
public record TaskType(String code, String name, int workingDays, String legalBasis) {

	public TaskType {
		if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,63}")) {
			throw new IllegalArgumentException("a task type code is upper-case letters, digits and underscores");
		}
		Objects.requireNonNull(name, "name");
		if (workingDays < 1 || workingDays > 365) {
			throw new IllegalArgumentException("a task allows 1 to 365 working days");
		}
		if (legalBasis == null || legalBasis.isBlank()) {
			throw new IllegalArgumentException("a task type must name the legal basis of its deadline");
		}
	}

}
