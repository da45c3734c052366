package io.gongxin.catalog.internal;

import java.util.Arrays;
import java.util.List;

import io.gongxin.catalog.Condition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.FieldType;
import io.gongxin.catalog.IdentifierKind;
import io.gongxin.catalog.Requirement;

/**
 * The field form of the draft pages: a {@link FieldDefinition} flattened into inputs
 * (aliases and condition values as text separated by ；). Inputs that do not apply to the
 * chosen type or requirement (a code list on a text field, a condition on a mandatory
 * one) are ignored rather than refused: the form shows them all at once.
 */
record FieldForm(String code, String name, String aliases, FieldType type, String format, String codeList,
		Boolean multiple, Requirement requirement, String conditionField, Condition.Operator conditionOperator,
		String conditionValues, Integer maxLength, IdentifierKind identifierKind, Boolean conduct, FieldRole role,
		String note, Boolean personal) {

	private static final String SEPARATORS = "[;；,，、\\r\\n]+";

	static FieldForm empty() {
		return new FieldForm(null, null, null, FieldType.TEXT, null, null, false, Requirement.OPTIONAL, null, null,
				null, null, null, false, null, null, false);
	}

	static FieldForm of(FieldDefinition field) {
		Condition condition = field.condition();
		return new FieldForm(field.code(), field.name(), String.join("；", field.aliases()), field.type(),
				field.format(), field.codeList(), field.multiple(), field.requirement(),
				(condition != null) ? condition.field() : null, (condition != null) ? condition.operator() : null,
				(condition != null) ? String.join("；", condition.values()) : null, field.maxLength(),
				field.identifierKind(), field.conduct(), field.role(), field.note(), field.personal());
	}

	/** The same form naming another field code (the one in the path). */
	FieldForm withCode(String fieldCode) {
		return new FieldForm(fieldCode, this.name, this.aliases, this.type, this.format, this.codeList, this.multiple,
				this.requirement, this.conditionField, this.conditionOperator, this.conditionValues, this.maxLength,
				this.identifierKind, this.conduct, this.role, this.note, this.personal);
	}

	/**
	 * @throws io.gongxin.platform.DomainException {@code GX-CAT-005} if the input breaks
	 * a field invariant
	 */
	FieldDefinition toDefinition() {
		boolean code = this.type == FieldType.CODE;
		Condition condition = (this.requirement == Requirement.CONDITIONAL)
				? DraftReasons.valid(() -> new Condition(blankToNull(this.conditionField), this.conditionOperator,
						split(this.conditionValues)))
				: null;
		return DraftReasons.valid(() -> new FieldDefinition(trim(this.code), trim(this.name), split(this.aliases),
				this.type, blankToNull(this.format), code ? blankToNull(this.codeList) : null,
				code && Boolean.TRUE.equals(this.multiple), this.requirement, condition, this.maxLength,
				(this.type == FieldType.IDENTIFIER) ? this.identifierKind : null, Boolean.TRUE.equals(this.conduct),
				this.role, blankToNull(this.note), Boolean.TRUE.equals(this.personal)));
	}

	static List<String> split(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split(SEPARATORS)).map(String::strip).filter(part -> !part.isEmpty()).toList();
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static String trim(String text) {
		return (text != null) ? text.strip() : null;
	}

}
