package io.gongxin.catalog;

import java.util.List;
import java.util.Objects;

/**
 * When a {@link Requirement#CONDITIONAL} field becomes mandatory: another field of the
 * same record equals, or (for multi-valued code fields) contains, one of the values.
 *
 * @param field code of the field the rule looks at
 * @param operator how it compares
 * @param values values that trigger the requirement
 */
public record Condition(String field, Operator operator, List<String> values) {

	public enum Operator {

		/** The whole value equals one of the values. */
		EQUALS,
		/** One of the entries of a multi-valued field equals one of the values. */
		INCLUDES

	}

	public Condition {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(operator, "operator");
		values = List.copyOf(Objects.requireNonNull(values, "values"));
		if (values.isEmpty()) {
			throw new IllegalArgumentException("a condition needs at least one value");
		}
	}

	/** Chinese wording, for messages and the catalog pages. */
	public String describe() {
		return this.field + ((this.operator == Operator.EQUALS) ? " 为 " : " 包含 ") + String.join("或", this.values);
	}

}
