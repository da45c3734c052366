package io.gongxin.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.CategoryDefinition;

import org.springframework.stereotype.Component;

/**
 * The categories of the catalog in force and their Chinese names, read once for a page, a
 * report or a receipt rather than once per row.
 */
@Component
class CategoryNames {

	private final Catalogs catalogs;

	private final Clock clock;

	CategoryNames(Catalogs catalogs, Clock clock) {
		this.catalogs = catalogs;
		this.clock = clock;
	}

	/** The categories in force, in catalog order; none before the first version. */
	List<CategoryDefinition> inForce() {
		return this.catalogs.findVersionInForce(LocalDate.now(this.clock))
			.map(version -> this.catalogs.categories(version.id()))
			.orElse(List.of());
	}

	/** Name by category code; a code the catalog in force lacks names itself. */
	Map<String, String> names() {
		return this.catalogs.categoryNames();
	}

	static Map<String, String> names(List<CategoryDefinition> categories) {
		Map<String, String> names = new LinkedHashMap<>();
		categories.forEach(category -> names.put(category.code(), category.name()));
		return names;
	}

}
