package io.gongxin.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.quality.internal.MetricsStore;
import io.gongxin.quality.internal.MetricsStore.By;
import io.gongxin.quality.internal.MetricsStore.Filter;
import io.gongxin.quality.internal.QualityNames;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quality metrics per provider, category, region and period, summed from the daily rows.
 * Callers enforce department scope.
 */
@Service
public class QualityMetrics {

	private final MetricsStore store;

	private final Providers providers;

	private final QualityNames names;

	QualityMetrics(MetricsStore store, Providers providers, QualityNames names) {
		this.store = store;
		this.providers = providers;
		this.names = names;
	}

	/**
	 * Every active provider's figures over the period (zero when it sent nothing),
	 * optionally for one category and region, in provider code order.
	 */
	@Transactional(readOnly = true)
	public List<ProviderFigures> byProvider(Period period, String category, String region) {
		Map<String, ProviderFigures> byCode = new LinkedHashMap<>();
		for (Provider provider : allProviders()) {
			if (provider.active() && (region == null || region.equals(provider.divisionCode()))) {
				byCode.put(provider.code(),
						ProviderFigures.empty(provider.code(), provider.name(), provider.divisionCode()));
			}
		}
		for (ProviderFigures figures : this.store.figures(period, By.PROVIDER, new Filter(null, category, region))) {
			ProviderFigures named = byCode.get(figures.key());
			byCode.put(figures.key(), figures.named((named != null) ? named.name() : figures.key(), figures.region()));
		}
		return new ArrayList<>(byCode.values());
	}

	@Transactional(readOnly = true)
	public ProviderFigures ofProvider(Period period, String provider) {
		Provider known = this.providers.get(provider);
		return this.store.figures(period, By.ALL, new Filter(provider, null, null))
			.stream()
			.findFirst()
			.map(figures -> figures.named(known.name(), known.divisionCode()))
			.orElse(ProviderFigures.empty("ALL", known.name(), known.divisionCode()));
	}

	@Transactional(readOnly = true)
	public ProviderFigures overall(Period period) {
		return this.store.figures(period, By.ALL, Filter.NONE)
			.stream()
			.findFirst()
			.map(figures -> figures.named("全部", null))
			.orElse(ProviderFigures.empty("ALL", "全部", null));
	}

	@Transactional(readOnly = true)
	public List<ProviderFigures> byRegion(Period period) {
		// named, so that tables and charts show 广州市越秀区 rather than 440104
		return this.store.figures(period, By.REGION, Filter.NONE)
			.stream()
			.map(figures -> figures.named(this.names.region(figures.key()), figures.region()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ProviderFigures> byCategory(Period period, String provider) {
		Map<String, String> categories = this.names.categories();
		return this.store.figures(period, By.CATEGORY, new Filter(provider, null, null))
			.stream()
			.map(figures -> figures.named(categories.getOrDefault(figures.key(), figures.key()), figures.region()))
			.toList();
	}

	/** Daily figures, for trend charts. */
	@Transactional(readOnly = true)
	public List<ProviderFigures> byDay(Period period, String provider) {
		return this.store.figures(period, By.DAY, new Filter(provider, null, null));
	}

	@Transactional(readOnly = true)
	public List<RuleCount> topRejectionRules(Period period, String provider, int limit) {
		return this.store.topRules(period, new Filter(provider, null, null), Math.max(1, Math.min(limit, 50)));
	}

	/** 上报率 of a category over the period. */
	@Transactional(readOnly = true)
	public Coverage coverage(Period period, String category) {
		List<String> obliged = this.providers.obligedToReport(category).stream().sorted().toList();
		List<String> reporting = this.store.reporting(period, category).stream().filter(obliged::contains).toList();
		return new Coverage(category, obliged, reporting);
	}

	/**
	 * The categories any provider is obliged to report, for coverage over all of them.
	 */
	@Transactional(readOnly = true)
	public List<Coverage> coverage(Period period) {
		return allProviders().stream()
			.flatMap(provider -> this.providers.obligations(provider.code()).stream())
			.distinct()
			.sorted(Comparator.naturalOrder())
			.map(category -> coverage(period, category))
			.toList();
	}

	List<Provider> allProviders() {
		List<Provider> all = new ArrayList<>();
		String after = null;
		while (true) {
			List<Provider> page = this.providers.list(after, 500);
			all.addAll(page);
			if (page.size() < 500) {
				return all;
			}
			after = page.get(page.size() - 1).code();
		}
	}

}
