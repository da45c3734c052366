package io.gongxin.catalog.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeList;
import io.gongxin.catalog.Condition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.FieldType;
import io.gongxin.catalog.RecordFacts;
import io.gongxin.catalog.Requirement;
import io.gongxin.catalog.RuleViolation;

/** One category's field rules, compiled. */
public final class CompiledCategory {

	private final CategoryDefinition definition;

	private final List<FieldCheck> fields = new ArrayList<>();

	private final Map<String, FieldCheck> byHeader = new HashMap<>();

	private final Map<String, FieldCheck> byCode = new HashMap<>();

	/**
	 * Codes, titles and aliases exactly as written: the usual keys, found without
	 * normalising.
	 */
	private final Map<String, FieldCheck> exact = new HashMap<>();

	private final List<FieldCheck> conductFields = new ArrayList<>();

	private final Map<FieldRole, Integer> roles = new EnumMap<>(FieldRole.class);

	private final List<Map<String, String>> labels = new ArrayList<>();

	private final List<FieldCheck> textFields = new ArrayList<>();

	CompiledCategory(CategoryDefinition definition, Map<String, CodeList> codeLists) {
		this.definition = definition;
		int index = 0;
		for (FieldDefinition field : definition.fields()) {
			FieldCheck check = new FieldCheck(field, index++, codeLists.get(field.codeList()));
			this.fields.add(check);
			this.byCode.put(field.code(), check);
			this.labels.add(check.labelOfCode());
			if (field.role() != null) {
				this.roles.put(field.role(), check.index());
			}
			if (field.type() == FieldType.TEXT) {
				this.textFields.add(check);
				if (field.conduct()) {
					this.conductFields.add(check);
				}
			}
		}
		// Codes win over titles and aliases when a header could mean two fields.
		for (FieldCheck check : this.fields) {
			check.definition()
				.aliases()
				.forEach(alias -> this.byHeader.putIfAbsent(CategoryDefinition.normaliseHeader(alias), check));
		}
		for (FieldCheck check : this.fields) {
			this.byHeader.put(CategoryDefinition.normaliseHeader(check.definition().name()), check);
		}
		for (FieldCheck check : this.fields) {
			this.byHeader.put(CategoryDefinition.normaliseHeader(check.code()), check);
		}
		this.byHeader.forEach((header, check) -> this.exact.putIfAbsent(header, check));
		for (FieldCheck check : this.fields) {
			check.definition().aliases().forEach(alias -> this.exact.putIfAbsent(alias, check));
			this.exact.put(check.definition().name(), check);
			this.exact.put(check.code(), check);
		}
		if (this.conductFields.isEmpty()) {
			this.conductFields.addAll(this.textFields);
		}
	}

	public CategoryDefinition definition() {
		return this.definition;
	}

	/**
	 * The record read the catalog's way: values by field, trimmed and in their one stored
	 * spelling; columns the category does not have are left out (validation reports
	 * them).
	 */
	public RecordFacts read(CatalogVersionId version, Map<String, String> values) {
		String[] row = row(values, null);
		for (FieldCheck check : this.fields) {
			String value = row[check.index()];
			if (value != null) {
				row[check.index()] = check.normalise(value);
			}
		}
		return new RecordFacts(this.definition, version, row, this.roles, this.labels);
	}

	List<FieldCheck> textFields() {
		return this.textFields;
	}

	/** The field a column header names (code, title or alias), or {@code null}. */
	public FieldDefinition field(String header) {
		FieldCheck check = this.byCode.get(header);
		if (check == null && header != null) {
			check = this.byHeader.get(CategoryDefinition.normaliseHeader(header));
		}
		return (check != null) ? check.definition() : null;
	}

	/**
	 * Values in field order, trimmed, blanks as {@code null}; unknown columns reported
	 * (unless {@code out} is {@code null}).
	 */
	String[] row(Map<String, String> values, List<RuleViolation> out) {
		String[] row = new String[this.fields.size()];
		for (Map.Entry<String, String> entry : values.entrySet()) {
			String value = (entry.getValue() != null) ? entry.getValue().strip() : "";
			FieldCheck check = this.exact.get(entry.getKey());
			if (check == null && entry.getKey() != null) {
				check = this.byHeader.get(CategoryDefinition.normaliseHeader(entry.getKey()));
			}
			if (check == null) {
				if (!value.isEmpty() && out != null) {
					out.add(OutsideCatalogPolicy.fieldNotInCatalog(String.valueOf(entry.getKey())));
				}
			}
			else if (!value.isEmpty()) {
				row[check.index()] = value;
			}
		}
		return row;
	}

	void checkFields(String[] row, List<RuleViolation> out) {
		for (FieldCheck check : this.fields) {
			String value = row[check.index()];
			FieldDefinition field = check.definition();
			if (value != null) {
				check.check(value, out);
			}
			else if (field.requirement() == Requirement.MANDATORY) {
				out.add(new RuleViolation(field.code(), RuleViolation.MISSING_MANDATORY, "必填项“" + field.name() + "”未填写",
						null));
			}
			else if (field.requirement() == Requirement.CONDITIONAL && holds(field.condition(), row)) {
				out.add(new RuleViolation(field.code(), RuleViolation.CONDITIONAL_MANDATORY,
						"当" + describe(field.condition()) + "时，“" + field.name() + "”必须填写", null));
			}
		}
	}

	List<String[]> conductTexts(String[] row) {
		List<String[]> texts = new ArrayList<>(this.conductFields.size());
		for (FieldCheck check : this.conductFields) {
			String value = row[check.index()];
			if (value != null) {
				texts.add(new String[] { check.code(), value });
			}
		}
		return texts;
	}

	private boolean holds(Condition condition, String[] row) {
		FieldCheck other = this.byCode.get(condition.field());
		String value = row[other.index()];
		if (value == null) {
			return false;
		}
		List<String> entries = other.entries(value);
		return switch (condition.operator()) {
			case EQUALS -> condition.values().contains(value)
					|| entries.size() == 1 && condition.values().contains(entries.get(0));
			case INCLUDES -> entries.stream().anyMatch(condition.values()::contains);
		};
	}

	private String describe(Condition condition) {
		FieldCheck other = this.byCode.get(condition.field());
		return "“" + other.definition().name() + "”"
				+ ((condition.operator() == Condition.Operator.EQUALS) ? "为" : "包含")
				+ String.join("或", condition.values());
	}

}
