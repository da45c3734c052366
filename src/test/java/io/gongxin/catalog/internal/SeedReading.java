package io.gongxin.catalog.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeList;
import io.gongxin.catalog.RecordFacts;

/**
 * Reads records under the shipped catalog editions without a database, for unit tests of
 * the modules that read records (the same compiled reading {@code RecordReader} uses).
 */
public final class SeedReading {

	private SeedReading() {
	}

	/** A record read under the newest shipped edition. */
	public static RecordFacts read(String categoryCode, Map<String, String> fields) {
		List<CatalogSeed.Edition> editions = CatalogSeed.shipped();
		return read(editions.get(editions.size() - 1), categoryCode, fields);
	}

	/**
	 * A record read under the first shipped edition (the 2024 national catalog alone).
	 */
	public static RecordFacts readUnderFirstEdition(String categoryCode, Map<String, String> fields) {
		return read(CatalogSeed.shipped().get(0), categoryCode, fields);
	}

	public static CategoryDefinition category(String categoryCode) {
		List<CatalogSeed.Edition> editions = CatalogSeed.shipped();
		return editions.get(editions.size() - 1)
			.categories()
			.stream()
			.filter(c -> c.code().equals(categoryCode))
			.findFirst()
			.orElseThrow();
	}

	private static RecordFacts read(CatalogSeed.Edition edition, String categoryCode, Map<String, String> fields) {
		Map<String, CodeList> lists = new HashMap<>();
		edition.codeLists().forEach(list -> lists.put(list.code(), list));
		CategoryDefinition category = edition.categories()
			.stream()
			.filter(c -> c.code().equals(categoryCode))
			.findFirst()
			.orElseThrow();
		return new CompiledCategory(category, lists).read(CatalogVersionId.of(1), fields);
	}

}
