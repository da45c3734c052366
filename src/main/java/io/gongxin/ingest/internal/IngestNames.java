package io.gongxin.ingest.internal;

import java.util.HashMap;
import java.util.Map;

import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.Catalogs;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;

import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * Names instead of codes on the intake pages: a department by its name, a category by its
 * Chinese name. Pages call it as {@code ${@ingestNames.provider(code)}}, once a row; each
 * name is looked up once a request, not once a row.
 */
@Component("ingestNames")
@RequestScope
public class IngestNames {

	private final Map<String, String> providerNames = new HashMap<>();

	private final Map<String, String> categoryNames = new HashMap<>();

	private CatalogVersionId version;

	private final Providers providers;

	private final Catalogs catalogs;

	IngestNames(Providers providers, Catalogs catalogs) {
		this.providers = providers;
		this.catalogs = catalogs;
	}

	public String provider(String code) {
		if (code == null) {
			return "";
		}
		return this.providerNames.computeIfAbsent(code,
				known -> this.providers.find(known).map(Provider::name).orElse(known));
	}

	public String category(String code) {
		if (code == null) {
			return "";
		}
		if (this.version == null) {
			this.version = this.catalogs.versionInForceToday().id();
		}
		return this.categoryNames.computeIfAbsent(code,
				known -> this.catalogs.findCategory(this.version, known).map(CategoryDefinition::name).orElse(known));
	}

}
