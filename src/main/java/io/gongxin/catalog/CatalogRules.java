package io.gongxin.catalog;

import io.gongxin.subject.SubjectType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.gongxin.catalog.internal.CatalogCache;
import io.gongxin.catalog.internal.CompiledCategory;
import io.gongxin.catalog.internal.ExclusionLists;
import io.gongxin.catalog.internal.OutsideCatalogPolicy;

import org.springframework.stereotype.Service;

/**
 * Checks records against a catalog version: the exclusion rules (nothing outside the
 * catalog, no minor misconduct about natural persons without legislation, no sensitive
 * personal data) and the field rules (mandatory and conditional fields, length, type and
 * format, code lists). Ingestion calls {@link #check} once per row; published versions
 * are compiled once and cached, so a check allocates little beyond its result.
 *
 * <p>
 * Identifier checksums (USCC, citizen id) are not checked here: fields holding
 * identifiers say so ({@link FieldDefinition#isIdentifier()},
 * {@link FieldDefinition#identifierKind()}) and ingestion runs the identifier module on
 * them.
 */
@Service
public class CatalogRules {

	private final CatalogCache cache;

	private final ExclusionLists exclusions;

	CatalogRules(CatalogCache cache, ExclusionLists exclusions) {
		this.cache = cache;
		this.exclusions = exclusions;
	}

	/**
	 * Every violation of one record; an empty list means the record may be accepted.
	 * @param version the catalog version the record is validated against
	 * @param categoryCode e.g. {@code XZCF}
	 * @param subjectType whom the record is about
	 * @param fieldValues values keyed by field code ({@code CF_WSH}) or Chinese title
	 * (行政处罚决定书文号); blank values count as missing
	 * @throws io.gongxin.platform.DomainException {@code GX-CAT-001} if the version does
	 * not exist
	 */
	public List<RuleViolation> check(CatalogVersionId version, String categoryCode, SubjectType subjectType,
			Map<String, String> fieldValues) {
		Objects.requireNonNull(version, "version");
		Objects.requireNonNull(fieldValues, "fieldValues");
		return this.cache.get(version).check(categoryCode, subjectType, fieldValues);
	}

	/**
	 * The published version that applies to a decision taken on {@code decisionDate}.
	 * Cheap enough to call per row: the list of published versions is kept in memory and
	 * re-read every 30 seconds (at once after a publication on this instance).
	 */
	public Optional<CatalogVersion> versionInForce(LocalDate decisionDate) {
		return this.cache.inForce(decisionDate);
	}

	/**
	 * The field a column header names in a category of a version: its code or Chinese
	 * title (or a known alias), ignoring spaces and full-width brackets. Empty if the
	 * category or header is unknown.
	 */
	public Optional<FieldDefinition> resolveHeader(CatalogVersionId version, String categoryCode, String header) {
		CompiledCategory category = this.cache.get(version).category(categoryCode);
		return Optional.ofNullable((category != null) ? category.field(header) : null);
	}

	/** The exclusion rules with their legal basis, for pages and receipts. */
	public List<ExclusionPolicy> exclusionPolicies() {
		return List.of(OutsideCatalogPolicy.DESCRIPTION, this.exclusions.minorMisconduct().description(),
				this.exclusions.sensitiveData().description());
	}

	/** The minor-misconduct terms kept as data. */
	public List<String> minorMisconductTerms() {
		return this.exclusions.minorMisconduct().terms();
	}

}
