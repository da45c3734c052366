package io.gongxin.catalog;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One field (数据项) of a category.
 *
 * @param code column code, e.g. {@code CF_WSH}
 * @param name Chinese title, e.g. 行政处罚决定书文号
 * @param aliases other accepted headers (older titles, alternative codes)
 * @param type value type
 * @param format date pattern or decimal {@code precision,scale}; informative for text
 * @param codeList code of the code list for {@link FieldType#CODE} fields
 * @param multiple whether a code field may hold several entries separated by ;
 * @param requirement mandatory, conditional or optional
 * @param condition when a conditional field is required
 * @param maxLength maximum number of characters, or {@code null}
 * @param identifierKind which identifier an {@link FieldType#IDENTIFIER} field holds
 * @param conduct whether the field describes the conduct (scanned for minor misconduct)
 * @param role what the field means to the platform, or {@code null}
 * @param note reviewer's note, e.g. where a code or rule was inferred
 * @param personal whether the field holds a natural person's personal data (an ID number
 * or its type): kept from the public whatever the record's publicity
 */
public record FieldDefinition(String code, String name, List<String> aliases, FieldType type, String format,
		String codeList, boolean multiple, Requirement requirement, Condition condition, Integer maxLength,
		IdentifierKind identifierKind, boolean conduct, FieldRole role, String note, boolean personal) {

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

	public FieldDefinition {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(requirement, "requirement");
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("field code must be upper-case letters, digits or _: " + code);
		}
		if (name.isBlank() || name.length() > 100) {
			throw new IllegalArgumentException("field name must have 1-100 characters: " + code);
		}
		aliases = (aliases == null) ? List.of() : List.copyOf(aliases);
		if ((requirement == Requirement.CONDITIONAL) != (condition != null)) {
			throw new IllegalArgumentException("a condition is needed exactly for conditional fields: " + code);
		}
		if ((type == FieldType.CODE) != (codeList != null)) {
			throw new IllegalArgumentException("a code list is needed exactly for code fields: " + code);
		}
		if ((type == FieldType.IDENTIFIER) != (identifierKind != null)) {
			throw new IllegalArgumentException("an identifier kind is needed exactly for identifier fields: " + code);
		}
		if (multiple && type != FieldType.CODE) {
			throw new IllegalArgumentException("only code fields may hold several entries: " + code);
		}
		if (maxLength != null && maxLength <= 0) {
			throw new IllegalArgumentException("max length must be positive: " + code);
		}
		if (type == FieldType.DECIMAL && format != null && !format.matches("\\d{1,2},\\d{1,2}")) {
			throw new IllegalArgumentException("decimal format must be precision,scale: " + code);
		}
	}

	/** The same field playing another role ({@code null} for none). */
	public FieldDefinition withRole(FieldRole newRole) {
		return new FieldDefinition(this.code, this.name, this.aliases, this.type, this.format, this.codeList,
				this.multiple, this.requirement, this.condition, this.maxLength, this.identifierKind, this.conduct,
				newRole, this.note, this.personal);
	}

	/** The same field, marked as personal data or not. */
	public FieldDefinition withPersonal(boolean isPersonal) {
		return new FieldDefinition(this.code, this.name, this.aliases, this.type, this.format, this.codeList,
				this.multiple, this.requirement, this.condition, this.maxLength, this.identifierKind, this.conduct,
				this.role, this.note, isPersonal);
	}

	@JsonIgnore
	public boolean isIdentifier() {
		return this.type == FieldType.IDENTIFIER;
	}

}
