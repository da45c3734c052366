package io.gongxin.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import io.gongxin.catalog.CatalogContent;
import io.gongxin.catalog.CatalogDiff;
import io.gongxin.catalog.CatalogDiff.CategoryChange;
import io.gongxin.catalog.CatalogDiff.CategoryRef;
import io.gongxin.catalog.CatalogDiff.FieldChange;
import io.gongxin.catalog.CatalogDiff.FieldRef;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeList;
import io.gongxin.catalog.FieldDefinition;

/** Compares two catalog versions category by category and field by field. */
public final class CatalogDiffer {

	private static final Map<String, Function<CategoryDefinition, Object>> CATEGORY_ATTRIBUTES = new LinkedHashMap<>();

	private static final Map<String, Function<FieldDefinition, Object>> FIELD_ATTRIBUTES = new LinkedHashMap<>();

	static {
		CATEGORY_ATTRIBUTES.put("name", CategoryDefinition::name);
		CATEGORY_ATTRIBUTES.put("section", CategoryDefinition::section);
		CATEGORY_ATTRIBUTES.put("origin", CategoryDefinition::origin);
		CATEGORY_ATTRIBUTES.put("legalBasis", CategoryDefinition::legalBasis);
		CATEGORY_ATTRIBUTES.put("subjectTypes", CategoryDefinition::subjectTypes);
		CATEGORY_ATTRIBUTES.put("nature", CategoryDefinition::nature);
		CATEGORY_ATTRIBUTES.put("severityTiers", CategoryDefinition::severityTiers);
		CATEGORY_ATTRIBUTES.put("publicity", CategoryDefinition::publicity);
		CATEGORY_ATTRIBUTES.put("fieldOrder", c -> c.fields().stream().map(FieldDefinition::code).toList());
		CATEGORY_ATTRIBUTES.put("configurable", CategoryDefinition::configurable);
		CATEGORY_ATTRIBUTES.put("note", CategoryDefinition::note);
		FIELD_ATTRIBUTES.put("name", FieldDefinition::name);
		FIELD_ATTRIBUTES.put("aliases", FieldDefinition::aliases);
		FIELD_ATTRIBUTES.put("type", FieldDefinition::type);
		FIELD_ATTRIBUTES.put("format", FieldDefinition::format);
		FIELD_ATTRIBUTES.put("codeList", FieldDefinition::codeList);
		FIELD_ATTRIBUTES.put("multiple", FieldDefinition::multiple);
		FIELD_ATTRIBUTES.put("requirement", FieldDefinition::requirement);
		FIELD_ATTRIBUTES.put("condition", FieldDefinition::condition);
		FIELD_ATTRIBUTES.put("maxLength", FieldDefinition::maxLength);
		FIELD_ATTRIBUTES.put("identifierKind", FieldDefinition::identifierKind);
		FIELD_ATTRIBUTES.put("conduct", FieldDefinition::conduct);
		FIELD_ATTRIBUTES.put("role", FieldDefinition::role);
		FIELD_ATTRIBUTES.put("note", FieldDefinition::note);
	}

	private CatalogDiffer() {
	}

	public static CatalogDiff diff(CatalogContent from, CatalogContent to) {
		Map<String, CategoryDefinition> before = byCode(from.categories(), CategoryDefinition::code);
		Map<String, CategoryDefinition> after = byCode(to.categories(), CategoryDefinition::code);
		List<CategoryRef> added = new ArrayList<>();
		List<CategoryRef> removed = new ArrayList<>();
		List<CategoryChange> changed = new ArrayList<>();
		after.values()
			.stream()
			.filter(c -> !before.containsKey(c.code()))
			.forEach(c -> added.add(new CategoryRef(c.code(), c.name())));
		before.values()
			.stream()
			.filter(c -> !after.containsKey(c.code()))
			.forEach(c -> removed.add(new CategoryRef(c.code(), c.name())));
		for (CategoryDefinition newer : after.values()) {
			CategoryDefinition older = before.get(newer.code());
			if (older != null && !older.equals(newer)) {
				changed.add(change(older, newer));
			}
		}
		Map<String, CodeList> listsBefore = byCode(from.codeLists(), CodeList::code);
		Map<String, CodeList> listsAfter = byCode(to.codeLists(), CodeList::code);
		return new CatalogDiff(from.version(), to.version(), added, removed, changed,
				listsAfter.keySet().stream().filter(code -> !listsBefore.containsKey(code)).toList(),
				listsBefore.keySet().stream().filter(code -> !listsAfter.containsKey(code)).toList(),
				listsAfter.keySet()
					.stream()
					.filter(code -> listsBefore.containsKey(code)
							&& !listsBefore.get(code).equals(listsAfter.get(code)))
					.toList());
	}

	private static CategoryChange change(CategoryDefinition older, CategoryDefinition newer) {
		Map<String, FieldDefinition> before = byCode(older.fields(), FieldDefinition::code);
		Map<String, FieldDefinition> after = byCode(newer.fields(), FieldDefinition::code);
		List<FieldRef> added = after.values()
			.stream()
			.filter(f -> !before.containsKey(f.code()))
			.map(f -> new FieldRef(f.code(), f.name()))
			.toList();
		List<FieldRef> removed = before.values()
			.stream()
			.filter(f -> !after.containsKey(f.code()))
			.map(f -> new FieldRef(f.code(), f.name()))
			.toList();
		List<FieldChange> changed = new ArrayList<>();
		for (FieldDefinition field : after.values()) {
			FieldDefinition old = before.get(field.code());
			if (old != null && !old.equals(field)) {
				List<String> attributes = differing(FIELD_ATTRIBUTES, old, field);
				changed.add(new FieldChange(field.code(), field.name(), attributes,
						DiffWording.changes(FIELD_ATTRIBUTES, attributes, old, field)));
			}
		}
		List<String> attributes = differing(CATEGORY_ATTRIBUTES, older, newer);
		if (!added.isEmpty() || !removed.isEmpty()) {
			attributes.remove("fieldOrder");
		}
		return new CategoryChange(newer.code(), newer.name(), attributes, added, removed, changed,
				DiffWording.changes(CATEGORY_ATTRIBUTES, attributes, older, newer));
	}

	private static <T> List<String> differing(Map<String, Function<T, Object>> attributes, T older, T newer) {
		List<String> names = new ArrayList<>();
		attributes.forEach((name, read) -> {
			if (!Objects.equals(read.apply(older), read.apply(newer))) {
				names.add(name);
			}
		});
		return names;
	}

	private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach(item -> map.put(code.apply(item), item));
		return map;
	}

}
