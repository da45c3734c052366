package io.gongxin.ingest.internal;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.Catalogs;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;

import org.springframework.stereotype.Component;

/**
 * Names instead of codes on the intake pages: a department by its name, a category by its
 * Chinese name. Pages call it as {@code ${@ingestNames.provider(code)}}.
 */
@Component("ingestNames")
public class IngestNames {

	private final Providers providers;

	private final Catalogs catalogs;

	IngestNames(Providers providers, Catalogs catalogs) {
		this.providers = providers;
		this.catalogs = catalogs;
	}

	public String provider(String code) {
		return (code == null) ? "" : this.providers.find(code).map(Provider::name).orElse(code);
	}

	public String category(String code) {
		if (code == null) {
			return "";
		}
		return this.catalogs.findCategory(this.catalogs.versionInForceToday().id(), code)
			.map(CategoryDefinition::name)
			.orElse(code);
	}

}
