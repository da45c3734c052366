package io.gongxin.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeList;
import io.gongxin.catalog.PublicityRule;

/**
 * The reviewed catalog editions shipped in {@code classpath:catalog/}. An edition is
 * assembled from parts (national base, provincial supplement) plus optional publicity
 * overrides, so the same category is written once even when several editions carry it.
 */
public final class CatalogSeed {

	static final String ROOT = "catalog/";

	static final String EDITIONS = ROOT + "editions.json";

	static final String CODE_LISTS = ROOT + "code-lists.json";

	record Editions(List<EditionFile> editions) {
	}

	record EditionFile(String label, String title, LocalDate effectiveFrom, String note, List<String> parts,
			String publicityOverrides) {
	}

	record Part(List<CategoryDefinition> categories) {
	}

	record CodeLists(List<CodeList> codeLists) {
	}

	record PublicityOverrides(Map<String, PublicityRule> publicity) {
	}

	/** One edition ready to store. */
	public record Edition(String label, String title, LocalDate effectiveFrom, String note,
			List<CategoryDefinition> categories, List<CodeList> codeLists) {
	}

	private CatalogSeed() {
	}

	public static List<Edition> editions() {
		List<CodeList> codeLists = CatalogJson.resource(CODE_LISTS, CodeLists.class).codeLists();
		FieldRoleDeclarations declarations = FieldRoleDeclarations.shipped();
		List<Edition> result = new ArrayList<>();
		for (EditionFile file : CatalogJson.resource(EDITIONS, Editions.class).editions()) {
			Map<String, CategoryDefinition> categories = new LinkedHashMap<>();
			for (String part : file.parts()) {
				for (CategoryDefinition category : CatalogJson.resource(ROOT + part, Part.class).categories()) {
					if (categories.put(category.code(), declarations.apply(category)) != null) {
						throw new IllegalStateException(
								"category " + category.code() + " appears twice in edition " + file.label());
					}
				}
			}
			if (file.publicityOverrides() != null) {
				CatalogJson.resource(ROOT + file.publicityOverrides(), PublicityOverrides.class)
					.publicity()
					.forEach((code, rule) -> categories.computeIfPresent(code, (key, old) -> withPublicity(old, rule)));
			}
			result.add(new Edition(file.label(), file.title(), file.effectiveFrom(), file.note(),
					List.copyOf(categories.values()), codeLists));
		}
		return result;
	}

	/** Changes to any seed file change this, so Flyway notices an edited seed. */
	static int checksum() {
		CRC32 crc = new CRC32();
		crc.update(CatalogJson.bytes(EDITIONS));
		crc.update(CatalogJson.bytes(CODE_LISTS));
		for (EditionFile file : CatalogJson.resource(EDITIONS, Editions.class).editions()) {
			file.parts().forEach(part -> crc.update(CatalogJson.bytes(ROOT + part)));
			if (file.publicityOverrides() != null) {
				crc.update(CatalogJson.bytes(ROOT + file.publicityOverrides()));
			}
		}
		return (int) crc.getValue();
	}

	private static CategoryDefinition withPublicity(CategoryDefinition c, PublicityRule rule) {
		return new CategoryDefinition(c.code(), c.name(), c.section(), c.sectionName(), c.origin(), c.legalBasis(),
				c.subjectTypes(), c.nature(), c.severityTiers(), rule, c.fields(), c.configurable(), c.note());
	}

}
