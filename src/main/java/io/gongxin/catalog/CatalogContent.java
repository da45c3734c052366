package io.gongxin.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A catalog version with everything in it.
 *
 * @param version the version
 * @param categories its categories, in catalog order
 * @param codeLists its code lists
 */
public record CatalogContent(CatalogVersion version, List<CategoryDefinition> categories, List<CodeList> codeLists) {

	public CatalogContent {
		Objects.requireNonNull(version, "version");
		categories = List.copyOf(categories);
		codeLists = List.copyOf(codeLists);
	}

}
