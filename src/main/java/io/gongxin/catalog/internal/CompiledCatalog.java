package io.gongxin.catalog.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogVersion;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeList;
import io.gongxin.catalog.RuleViolation;
import io.gongxin.subject.SubjectType;

/**
 * A catalog version prepared for checking many records fast: every category's fields are
 * compiled into {@link CompiledCategory} once, and the check of a record touches only
 * hash maps, precompiled patterns and the record's own values.
 */
public final class CompiledCatalog {

	private final CatalogVersion version;

	private final Map<String, CompiledCategory> categories = new LinkedHashMap<>();

	private final ExclusionLists exclusions;

	public CompiledCatalog(CatalogVersion version, List<CategoryDefinition> categories, List<CodeList> codeLists,
			ExclusionLists exclusions) {
		this.version = version;
		this.exclusions = exclusions;
		Map<String, CodeList> lists = new HashMap<>();
		codeLists.forEach(list -> lists.put(list.code(), list));
		for (CategoryDefinition category : categories) {
			this.categories.put(category.code(), new CompiledCategory(category, lists));
		}
	}

	public CatalogVersion version() {
		return this.version;
	}

	public CompiledCategory category(String code) {
		return this.categories.get(code);
	}

	/**
	 * Every violation of one record: the exclusion rules first, then the field rules.
	 * @param values field values keyed by field code or Chinese title
	 */
	public List<RuleViolation> check(String categoryCode, SubjectType subjectType, Map<String, String> values) {
		CompiledCategory category = (categoryCode != null) ? this.categories.get(categoryCode) : null;
		if (category == null) {
			return List.of(OutsideCatalogPolicy.unknownCategory(String.valueOf(categoryCode)));
		}
		List<RuleViolation> out = new ArrayList<>();
		if (subjectType == null || !category.definition().allows(subjectType)) {
			out.add(OutsideCatalogPolicy.subjectTypeNotAllowed(category.definition(), subjectType));
		}
		String[] row = category.row(values, out);
		category.checkFields(row, out);
		this.exclusions.minorMisconduct()
			.check(category.definition(), subjectType, category.conductTexts(row))
			.ifPresent(out::add);
		for (FieldCheck text : category.textFields()) {
			String value = row[text.index()];
			if (value != null) {
				this.exclusions.sensitiveData().check(text.code(), value).ifPresent(out::add);
			}
		}
		return out;
	}

}
