package io.gongxin.catalog.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CategoryDefinition.Origin;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldType;
import io.gongxin.catalog.LegalBasis;
import io.gongxin.catalog.Nature;
import io.gongxin.catalog.PublicityRule;
import io.gongxin.catalog.PublicityRule.Disclosure;
import io.gongxin.catalog.Requirement;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.catalog.TierPublicity;
import io.gongxin.subject.SubjectType;

/**
 * The category form of the draft pages: everything the API's category document holds
 * except the fields, which have their own form. A new category needs one field to exist
 * at all ({@code firstFieldCode}, {@code firstFieldName}: an optional text field the
 * officer refines afterwards).
 *
 * @param tiers publicity periods, one row per severity tier; a row whose mode is
 * {@code NONE} sets no period for that tier
 */
record CategoryForm(String code, String name, String section, String sectionName, Origin origin, String legalBasisText,
		Boolean legislation, List<String> minorMisconductCovered, Set<SubjectType> subjectTypes, Nature nature,
		List<SeverityTier> severityTiers, Disclosure disclosure, String publicitySummary, String publicityBasis,
		List<TierForm> tiers, Boolean configurable, String note, String firstFieldCode, String firstFieldName) {

	/** How one tier is published: not set, published, or not published. */
	enum TierMode {

		NONE, PUBLISHED, NOT_PUBLISHED

	}

	record TierForm(SeverityTier tier, TierMode mode, Integer minimumMonths, Integer maximumMonths) {

		static TierForm of(SeverityTier tier, List<TierPublicity> periods) {
			return periods.stream()
				.filter(period -> period.tier() == tier)
				.findFirst()
				.map(period -> new TierForm(tier, period.published() ? TierMode.PUBLISHED : TierMode.NOT_PUBLISHED,
						period.minimumMonths(), period.maximumMonths()))
				.orElse(new TierForm(tier, TierMode.NONE, null, null));
		}

	}

	static CategoryForm empty() {
		return new CategoryForm(null, null, null, null, Origin.PROVINCIAL, null, false, List.of(),
				EnumSet.noneOf(SubjectType.class), Nature.NEUTRAL, List.of(), Disclosure.PUBLIC, null, null,
				tiers(List.of()), true, null, null, null);
	}

	static CategoryForm of(CategoryDefinition category) {
		PublicityRule publicity = category.publicity();
		return new CategoryForm(category.code(), category.name(), category.section(), category.sectionName(),
				category.origin(), category.legalBasis().text(), category.legalBasis().legislation(),
				category.legalBasis().minorMisconductCovered(), category.subjectTypes(), category.nature(),
				category.severityTiers(), publicity.disclosure(), publicity.summary(), publicity.basis(),
				tiers(publicity.tiers()), category.configurable(), category.note(), null, null);
	}

	private static List<TierForm> tiers(List<TierPublicity> periods) {
		return List.of(SeverityTier.values()).stream().map(tier -> TierForm.of(tier, periods)).toList();
	}

	CategoryForm withCode(String categoryCode) {
		return new CategoryForm(categoryCode, this.name, this.section, this.sectionName, this.origin,
				this.legalBasisText, this.legislation, this.minorMisconductCovered, this.subjectTypes, this.nature,
				this.severityTiers, this.disclosure, this.publicitySummary, this.publicityBasis, this.tiers,
				this.configurable, this.note, this.firstFieldCode, this.firstFieldName);
	}

	/** The category with these attributes and the given fields (kept as they are). */
	CategoryDefinition toDefinition(List<FieldDefinition> fields) {
		LegalBasis basis = DraftReasons.valid(() -> new LegalBasis(FieldForm.trim(this.legalBasisText),
				Boolean.TRUE.equals(this.legislation), nonNull(this.minorMisconductCovered)));
		List<TierPublicity> periods = new ArrayList<>();
		for (TierForm row : nonNull(this.tiers)) {
			if (row != null && row.tier() != null && row.mode() != null && row.mode() != TierMode.NONE) {
				periods.add(DraftReasons.valid(() -> new TierPublicity(row.tier(), row.mode() == TierMode.PUBLISHED,
						row.minimumMonths(), row.maximumMonths())));
			}
		}
		PublicityRule publicity = DraftReasons.valid(() -> new PublicityRule(this.disclosure,
				FieldForm.blankToNull(this.publicitySummary), FieldForm.blankToNull(this.publicityBasis), periods));
		Set<SubjectType> subjects = (this.subjectTypes != null) ? this.subjectTypes : Set.of();
		return DraftReasons.valid(() -> new CategoryDefinition(FieldForm.trim(this.code), FieldForm.trim(this.name),
				FieldForm.blankToNull(this.section), FieldForm.blankToNull(this.sectionName), this.origin, basis,
				subjects, this.nature, List.copyOf(new LinkedHashSet<>(nonNull(this.severityTiers))), publicity, fields,
				Boolean.TRUE.equals(this.configurable), FieldForm.blankToNull(this.note)));
	}

	/** A new category starts with one optional text field. */
	CategoryDefinition toNewDefinition() {
		FieldDefinition first = DraftReasons.valid(() -> new FieldDefinition(FieldForm.trim(this.firstFieldCode),
				FieldForm.trim(this.firstFieldName), List.of(), FieldType.TEXT, null, null, false, Requirement.OPTIONAL,
				null, null, null, false, null, null, false));
		return toDefinition(List.of(first));
	}

	// used by the template to check boxes and fill the tier rows

	public boolean concerns(SubjectType type) {
		return this.subjectTypes != null && this.subjectTypes.contains(type);
	}

	public boolean hasTier(SeverityTier tier) {
		return this.severityTiers != null && this.severityTiers.contains(tier);
	}

	public boolean covers(String term) {
		return this.minorMisconductCovered != null && this.minorMisconductCovered.contains(term);
	}

	public TierForm tier(SeverityTier tier) {
		return nonNull(this.tiers).stream()
			.filter(row -> row != null && row.tier() == tier)
			.findFirst()
			.orElse(new TierForm(tier, TierMode.NONE, null, null));
	}

	private static <T> List<T> nonNull(List<T> list) {
		return (list != null) ? list : List.of();
	}

}
