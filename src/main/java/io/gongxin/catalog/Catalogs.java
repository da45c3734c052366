package io.gongxin.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.catalog.internal.CatalogCache;
import io.gongxin.catalog.internal.CatalogDiffer;
import io.gongxin.catalog.internal.CatalogStore;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the catalog: versions, the version in force on a day, categories, fields
 * and code lists of a version, and the difference between two versions. Published
 * versions never change, so anything read here for a published version stays true.
 */
@Service
public class Catalogs {

	private final CatalogStore store;

	private final CatalogCache cache;

	private final Clock clock;

	Catalogs(CatalogStore store, CatalogCache cache, Clock clock) {
		this.store = store;
		this.cache = cache;
		this.clock = clock;
	}

	/** All versions, drafts included, newest first. */
	@Transactional(readOnly = true)
	public List<CatalogVersion> versions() {
		return this.store.versions();
	}

	@Transactional(readOnly = true)
	public CatalogVersion version(CatalogVersionId id) {
		return this.store.find(id)
			.orElseThrow(() -> new DomainException("GX-CAT-001", ProblemKind.NOT_FOUND,
					"No catalog version with id " + id + "."));
	}

	/** The published version that applies to decisions taken on {@code day}. */
	@Transactional(readOnly = true)
	public Optional<CatalogVersion> findVersionInForce(LocalDate day) {
		return this.store.inForce(day);
	}

	/**
	 * The published version that applies to decisions taken on {@code day}.
	 * @throws DomainException {@code GX-CAT-008} if no version was in force yet
	 */
	@Transactional(readOnly = true)
	public CatalogVersion versionInForce(LocalDate day) {
		return findVersionInForce(day).orElseThrow(() -> new DomainException("GX-CAT-008", ProblemKind.NOT_FOUND,
				"No catalog version was in force on " + day + "."));
	}

	/** The version in force today (platform time zone). */
	@Transactional(readOnly = true)
	public CatalogVersion versionInForceToday() {
		return versionInForce(LocalDate.now(this.clock));
	}

	/**
	 * Chinese name by category code in the version in force today, in catalog order;
	 * empty before the first version. Read once for a page, chart or file rather than
	 * once a row, so that they show 行政处罚 rather than XZCF.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> categoryNames() {
		Map<String, String> names = new LinkedHashMap<>();
		findVersionInForce(LocalDate.now(this.clock))
			.ifPresent(version -> categories(version.id()).forEach(c -> names.put(c.code(), c.name())));
		return names;
	}

	@Transactional(readOnly = true)
	public CatalogContent content(CatalogVersionId id) {
		return new CatalogContent(version(id), this.store.categories(id), this.store.codeLists(id));
	}

	@Transactional(readOnly = true)
	public List<CategoryDefinition> categories(CatalogVersionId id) {
		version(id);
		return this.store.categories(id);
	}

	@Transactional(readOnly = true)
	public Optional<CategoryDefinition> findCategory(CatalogVersionId id, String categoryCode) {
		return Optional.ofNullable(this.cache.get(id).category(categoryCode)).map(c -> c.definition());
	}

	/**
	 * @throws DomainException {@code GX-CAT-002} if the version has no such category
	 */
	@Transactional(readOnly = true)
	public CategoryDefinition category(CatalogVersionId id, String categoryCode) {
		return findCategory(id, categoryCode).orElseThrow(() -> new DomainException("GX-CAT-002", ProblemKind.NOT_FOUND,
				"Catalog version " + id + " has no category " + categoryCode + "."));
	}

	/** The field a header (code, Chinese title or alias) names in a category. */
	@Transactional(readOnly = true)
	public Optional<FieldDefinition> field(CatalogVersionId id, String categoryCode, String header) {
		return findCategory(id, categoryCode).flatMap(category -> category.field(header));
	}

	@Transactional(readOnly = true)
	public List<CodeList> codeLists(CatalogVersionId id) {
		version(id);
		return this.store.codeLists(id);
	}

	/**
	 * What changed from {@code from} to {@code to} (any two versions, drafts included).
	 */
	@Transactional(readOnly = true)
	public CatalogDiff diff(CatalogVersionId from, CatalogVersionId to) {
		return CatalogDiffer.diff(content(from), content(to));
	}

}
