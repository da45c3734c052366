package io.gongxin.catalog;

import java.util.List;

/**
 * What changed from one catalog version to another.
 *
 * @param from the older side
 * @param to the newer side
 * @param addedCategories categories only in {@code to}
 * @param removedCategories categories only in {@code from}
 * @param changedCategories categories in both that differ
 * @param addedCodeLists code lists only in {@code to}
 * @param removedCodeLists code lists only in {@code from}
 * @param changedCodeLists code lists in both that differ
 */
public record CatalogDiff(CatalogVersion from, CatalogVersion to, List<CategoryRef> addedCategories,
		List<CategoryRef> removedCategories, List<CategoryChange> changedCategories, List<String> addedCodeLists,
		List<String> removedCodeLists, List<String> changedCodeLists) {

	/** A category named by code and Chinese name. */
	public record CategoryRef(String code, String name) {
	}

	/**
	 * @param code category code
	 * @param name Chinese name (in {@code to})
	 * @param changedAttributes names of changed category attributes, e.g.
	 * {@code publicity}
	 * @param addedFields fields only in {@code to}
	 * @param removedFields fields only in {@code from}
	 * @param changedFields fields in both that differ
	 * @param changes each changed attribute with its Chinese name and both values, for
	 * people
	 */
	public record CategoryChange(String code, String name, List<String> changedAttributes, List<FieldRef> addedFields,
			List<FieldRef> removedFields, List<FieldChange> changedFields, List<AttributeChange> changes) {
	}

	/**
	 * One attribute that differs, as a person reads it.
	 *
	 * @param attribute the attribute's name in {@code changedAttributes}, e.g.
	 * {@code maxLength}
	 * @param label its Chinese name, e.g. 最大长度
	 * @param before the value in {@code from}, in words
	 * @param after the value in {@code to}, in words
	 */
	public record AttributeChange(String attribute, String label, String before, String after) {
	}

	/** A field named by code and Chinese name. */
	public record FieldRef(String code, String name) {
	}

	/**
	 * @param code field code
	 * @param name Chinese name (in {@code to})
	 * @param changedAttributes names of changed attributes, e.g. {@code maxLength}
	 * @param changes each changed attribute with its Chinese name and both values
	 */
	public record FieldChange(String code, String name, List<String> changedAttributes, List<AttributeChange> changes) {
	}

	public boolean isEmpty() {
		return this.addedCategories.isEmpty() && this.removedCategories.isEmpty() && this.changedCategories.isEmpty()
				&& this.addedCodeLists.isEmpty() && this.removedCodeLists.isEmpty() && this.changedCodeLists.isEmpty();
	}

}
