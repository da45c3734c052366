package io.gongxin.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One record read the catalog's way ({@link RecordReader}): every value in its one stored
 * spelling (dates ISO, code-list entries as codes separated by {@code ;}, text and
 * numbers trimmed), typed access to dates, amounts and code values, and the facts by the
 * roles the catalog declares. Every module that looks into a record's fields reads it
 * through this, so a label, a slashed date or a field's meaning is understood the same
 * way everywhere.
 */
public final class RecordFacts {

	private static final Pattern ENTRY_SEPARATOR = Pattern.compile("[;；,，、]");

	private final CategoryDefinition category;

	private final CatalogVersionId version;

	private final String[] values;

	private final Map<FieldRole, Integer> roles;

	private final List<Map<String, String>> labels;

	/**
	 * Built by the catalog ({@link RecordReader}); other modules only read it.
	 * @param values normalised values in field order, {@code null} where blank
	 * @param roles index of the field playing each declared role
	 * @param labels per field, code to label for code fields, otherwise {@code null}
	 */
	public RecordFacts(CategoryDefinition category, CatalogVersionId version, String[] values,
			Map<FieldRole, Integer> roles, List<Map<String, String>> labels) {
		this.category = Objects.requireNonNull(category, "category");
		this.version = Objects.requireNonNull(version, "version");
		this.values = values.clone();
		this.roles = roles;
		this.labels = labels;
	}

	public CategoryDefinition category() {
		return this.category;
	}

	public CatalogVersionId version() {
		return this.version;
	}

	/**
	 * A field's normalised value, {@code null} when blank or not a field of the category.
	 */
	public String value(String fieldCode) {
		int index = indexOf(fieldCode);
		return (index >= 0) ? this.values[index] : null;
	}

	/**
	 * The value of the field playing a role, {@code null} when none does or it is blank.
	 */
	public String value(FieldRole role) {
		Integer index = this.roles.get(role);
		return (index != null) ? this.values[index] : null;
	}

	/** Whether the category declares a field for the role. */
	public boolean declares(FieldRole role) {
		return this.roles.containsKey(role);
	}

	/** The code of the field playing a role, or {@code null}. */
	public String fieldCode(FieldRole role) {
		Integer index = this.roles.get(role);
		return (index != null) ? this.category.fields().get(index).code() : null;
	}

	public LocalDate date(FieldRole role) {
		return DateSpellings.parse(value(role));
	}

	/**
	 * A number filed in the field playing the role, or {@code null} when none or not a
	 * number.
	 */
	public BigDecimal amount(FieldRole role) {
		String value = value(role);
		if (value == null) {
			return null;
		}
		try {
			return new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The code-list entries of the field playing a role, each with code and label. */
	public List<CodeValue> codes(FieldRole role) {
		Integer index = this.roles.get(role);
		return (index != null) ? codesAt(index) : List.of();
	}

	/**
	 * The date the record's information dates from: its decision date, or for a
	 * registration record without one its registration date.
	 */
	public LocalDate decisionDate() {
		LocalDate decided = date(FieldRole.DECISION_DATE);
		return (decided != null || declares(FieldRole.DECISION_DATE)) ? decided : date(FieldRole.REGISTRATION_DATE);
	}

	/** The code of the field the decision date comes from, for rejection reasons. */
	public String decisionDateField() {
		return declares(FieldRole.DECISION_DATE) ? fieldCode(FieldRole.DECISION_DATE)
				: fieldCode(FieldRole.REGISTRATION_DATE);
	}

	/**
	 * How a person reads a field's value: code-list entries by their labels, joined by 、.
	 */
	public String display(FieldDefinition field) {
		int index = indexOf(field.code());
		if (index < 0 || this.values[index] == null) {
			return null;
		}
		if (this.labels.get(index) == null) {
			return this.values[index];
		}
		List<CodeValue> codes = codesAt(index);
		StringBuilder out = new StringBuilder();
		for (CodeValue code : codes) {
			if (out.length() > 0) {
				out.append('、');
			}
			out.append(code.label());
		}
		return out.toString();
	}

	/**
	 * The normalised values by field code, in field order, blanks left out: what intake
	 * stores.
	 */
	public Map<String, String> normalised() {
		Map<String, String> out = new LinkedHashMap<>();
		List<FieldDefinition> fields = this.category.fields();
		for (int i = 0; i < this.values.length; i++) {
			if (this.values[i] != null) {
				out.put(fields.get(i).code(), this.values[i]);
			}
		}
		return out;
	}

	private List<CodeValue> codesAt(int index) {
		String value = this.values[index];
		if (value == null) {
			return List.of();
		}
		Map<String, String> known = this.labels.get(index);
		List<CodeValue> out = new ArrayList<>(2);
		for (String part : ENTRY_SEPARATOR.split(value)) {
			String code = part.strip();
			if (!code.isEmpty()) {
				String label = (known != null) ? known.get(code) : null;
				out.add(new CodeValue(code, (label != null) ? label : code));
			}
		}
		return out;
	}

	private int indexOf(String fieldCode) {
		List<FieldDefinition> fields = this.category.fields();
		for (int i = 0; i < fields.size(); i++) {
			if (fields.get(i).code().equals(fieldCode)) {
				return i;
			}
		}
		return -1;
	}

}
