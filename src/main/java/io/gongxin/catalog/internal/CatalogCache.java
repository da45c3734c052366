package io.gongxin.catalog.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

	/**
	 * Another instance may publish a version; re-reading the list of published versions
	 * this often bounds how long this one may miss it.
	 */
	private static final Duration TIMELINE_TTL = Duration.ofSeconds(30);

	private final Map<Long, CompiledCatalog> published = new ConcurrentHashMap<>();

	private final Clock clock;

	private volatile Timeline timeline;

	/** Published versions, latest effective date first, as read at {@code readAt}. */
	private record Timeline(List<CatalogVersion> versions, Instant readAt) {
	}

	CatalogCache(CatalogStore store, ExclusionLists exclusions, Clock clock) {
		this.store = store;
		this.exclusions = exclusions;
		this.clock = clock;
	}

	/** The published version in force on a day, from a short-lived in-memory timeline. */
	public Optional<CatalogVersion> inForce(LocalDate day) {
		Timeline current = this.timeline;
		Instant now = Instant.now(this.clock);
		if (current == null || current.readAt().plus(TIMELINE_TTL).isBefore(now)) {
			current = new Timeline(this.store.publishedByEffectiveDate(), now);
			this.timeline = current;
		}
		for (CatalogVersion version : current.versions()) {
			if (!version.effectiveFrom().isAfter(day)) {
				return Optional.of(version);
			}
		}
		return Optional.empty();
	}

	/** Called after a publication so this instance sees it at once. */
	public void publishedVersionsChanged() {
		this.timeline = null;
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
