package io.gongxin.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.gongxin.catalog.internal.CatalogCache;
import io.gongxin.catalog.internal.CompiledCategory;

import org.springframework.stereotype.Service;

/**
 * The one reading of a record: turns raw field values (keyed by field code, Chinese title
 * or alias) into {@link RecordFacts} for the category of the catalog version the record
 * was validated against. Intake stores what it reads; credit files, portal, reports and
 * quality read stored records through it again, so old spellings stored before intake
 * normalised them are understood too. Versions are compiled once and cached.
 */
@Service
public class RecordReader {

	private final CatalogCache cache;

	RecordReader(CatalogCache cache) {
		this.cache = cache;
	}

	/**
	 * The record's facts, or empty if the version has no such category.
	 * @throws io.gongxin.platform.DomainException {@code GX-CAT-001} if the version does
	 * not exist
	 */
	public Optional<RecordFacts> read(CatalogVersionId version, String categoryCode, Map<String, String> fields) {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(fields, "fields");
		CompiledCategory category = this.cache.get(version).category(categoryCode);
		return (category != null) ? Optional.of(category.read(version, fields)) : Optional.empty();
	}

}
