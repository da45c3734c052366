package io.gongxin.catalog.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeList;
import io.gongxin.catalog.PublicityRule;

/**
 * The reviewed catalog editions shipped in {@code classpath:catalog/}. An edition is
 * assembled from parts (national base, provincial supplement), then amendments whose
 * categories replace the parts' categories of the same code, plus optional publicity
 * overrides, so the same category is written once even when several editions carry it.
 * Each edition file is seeded by its own migration ({@link #EDITIONS} by V701,
 * {@link #EDITIONS_2026_12} by V704), whose checksum covers that file and the files it
 * names.
 */
public final class CatalogSeed {

	static final String ROOT = "catalog/";

	/** The first editions, seeded by V701; frozen by its checksum. */
	static final String EDITIONS = ROOT + "editions.json";

	/** The edition of December 2026 (信用承诺), seeded by V704. */
	static final String EDITIONS_2026_12 = ROOT + "editions-2026-12.json";

	/** Every edition file, in the order their migrations seed them. */
	static final List<String> EDITION_FILES = List.of(EDITIONS, EDITIONS_2026_12);

	static final String CODE_LISTS = ROOT + "code-lists.json";

	record Editions(List<EditionFile> editions) {
	}

	/**
	 * One edition as its file describes it.
	 *
	 * @param parts files whose categories make up the edition; a code may appear once
	 * @param amendments files whose categories replace the parts' categories of the same
	 * code (or are added), {@code null} for none: a later edition changes a category
	 * without copying the parts it leaves alone
	 */
	record EditionFile(String label, String title, LocalDate effectiveFrom, String note, List<String> parts,
			List<String> amendments, String publicityOverrides) {
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

	/** The editions V701 seeds. */
	public static List<Edition> editions() {
		return editions(EDITIONS);
	}

	/** Every shipped edition, oldest file first. */
	public static List<Edition> shipped() {
		return EDITION_FILES.stream().flatMap(resource -> editions(resource).stream()).toList();
	}

	/** The editions one edition file describes. */
	static List<Edition> editions(String resource) {
		List<CodeList> codeLists = CatalogJson.resource(CODE_LISTS, CodeLists.class).codeLists();
		FieldRoleDeclarations declarations = FieldRoleDeclarations.shipped();
		List<Edition> result = new ArrayList<>();
		for (EditionFile file : CatalogJson.resource(resource, Editions.class).editions()) {
			Map<String, CategoryDefinition> categories = new LinkedHashMap<>();
			for (String part : file.parts()) {
				for (CategoryDefinition category : CatalogJson.resource(ROOT + part, Part.class).categories()) {
					if (categories.put(category.code(), declarations.apply(category)) != null) {
						throw new IllegalStateException(
								"category " + category.code() + " appears twice in edition " + file.label());
					}
				}
			}
			Set<String> amended = new HashSet<>();
			for (String amendment : amendments(file)) {
				for (CategoryDefinition category : CatalogJson.resource(ROOT + amendment, Part.class).categories()) {
					if (!amended.add(category.code())) {
						throw new IllegalStateException(
								"category " + category.code() + " is amended twice in edition " + file.label());
					}
					// a replaced category keeps its position, a new one comes last
					categories.put(category.code(), declarations.apply(category));
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

	/** The checksum of V701's files. */
	static int checksum() {
		return checksum(EDITIONS);
	}

	/**
	 * Changes to an edition file or any file it names change this, so Flyway notices an
	 * edited seed. For a file without amendments it is the checksum V701 always had.
	 */
	static int checksum(String resource) {
		CRC32 crc = new CRC32();
		crc.update(CatalogJson.bytes(resource));
		crc.update(CatalogJson.bytes(CODE_LISTS));
		for (EditionFile file : CatalogJson.resource(resource, Editions.class).editions()) {
			file.parts().forEach(part -> crc.update(CatalogJson.bytes(ROOT + part)));
			amendments(file).forEach(amendment -> crc.update(CatalogJson.bytes(ROOT + amendment)));
			if (file.publicityOverrides() != null) {
				crc.update(CatalogJson.bytes(ROOT + file.publicityOverrides()));
			}
		}
		return (int) crc.getValue();
	}

	private static List<String> amendments(EditionFile file) {
		return (file.amendments() != null) ? file.amendments() : List.of();
	}

	private static CategoryDefinition withPublicity(CategoryDefinition c, PublicityRule rule) {
		return new CategoryDefinition(c.code(), c.name(), c.section(), c.sectionName(), c.origin(), c.legalBasis(),
				c.subjectTypes(), c.nature(), c.severityTiers(), rule, c.fields(), c.configurable(), c.note());
	}

}
