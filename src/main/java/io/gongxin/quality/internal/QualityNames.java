package io.gongxin.quality.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.catalog.Catalogs;
import io.gongxin.identifier.Regions;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;

import org.springframework.stereotype.Component;

/**
 * Names for the codes the quality tool's pages, charts and files would otherwise show:
 * departments, categories and regions, each from the module that owns it.
 */
@Component
public class QualityNames {

	private final Catalogs catalogs;

	private final Providers providers;

	private final Regions regions;

	QualityNames(Catalogs catalogs, Providers providers, Regions regions) {
		this.catalogs = catalogs;
		this.providers = providers;
		this.regions = regions;
	}

	/** Category names by code, read once for a whole bulletin or dashboard. */
	public Map<String, String> categories() {
		return this.catalogs.categoryNames();
	}

	public String provider(String code) {
		return this.providers.find(code).map(Provider::name).orElse(code);
	}

	public List<String> providers(List<String> codes) {
		return codes.stream().map(this::provider).toList();
	}

	public String region(String code) {
		return this.regions.text(code);
	}

}
