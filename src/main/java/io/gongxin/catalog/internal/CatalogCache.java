package io.gongxin.catalog.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.gongxin.catalog.CatalogVersion;
import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Component;

/**
 * Compiled catalog versions. A published version never changes (the database refuses it),
 * so its compiled form is kept for the life of the process; a draft is compiled afresh on
 * each use because officers may be editing it.
 */
@Component
public class CatalogCache {

	private final CatalogStore store;

	private final ExclusionLists exclusions;

	private final Map<Long, CompiledCatalog> published = new ConcurrentHashMap<>();

	CatalogCache(CatalogStore store, ExclusionLists exclusions) {
		this.store = store;
		this.exclusions = exclusions;
	}

	public CompiledCatalog get(CatalogVersionId id) {
		CompiledCatalog cached = this.published.get(id.value());
		if (cached != null) {
			return cached;
		}
		CatalogVersion version = this.store.find(id).orElseThrow(() -> notFound(id));
		CompiledCatalog compiled = new CompiledCatalog(version, this.store.categories(id), this.store.codeLists(id),
				this.exclusions);
		if (!version.isDraft()) {
			this.published.putIfAbsent(id.value(), compiled);
		}
		return compiled;
	}

	/**
	 * Forgets a version, e.g. after a draft was discarded and its id could be read again.
	 */
	void forget(CatalogVersionId id) {
		this.published.remove(id.value());
	}

	static DomainException notFound(CatalogVersionId id) {
		return new DomainException("GX-CAT-001", ProblemKind.NOT_FOUND, "No catalog version with id " + id + ".");
	}

}
