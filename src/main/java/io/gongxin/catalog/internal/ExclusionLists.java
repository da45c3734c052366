package io.gongxin.catalog.internal;

import java.util.List;

/**
 * The exclusion lists kept as reviewed data ({@code catalog/exclusions.json}): minor
 * misconduct that stays out of personal credit records without legislation, and sensitive
 * personal data that may never be collected.
 */
public final class ExclusionLists {

	static final String PATH = CatalogSeed.ROOT + "exclusions.json";

	record MinorMisconduct(String basis, List<TermMatcher.Term> terms) {
	}

	record SensitiveData(String basis, List<String> definitionTerms, List<TermMatcher.Term> recordPatterns) {
	}

	record Lists(MinorMisconduct minorMisconduct, SensitiveData sensitiveData) {
	}

	private final MinorMisconductPolicy minorMisconduct;

	private final SensitiveDataPolicy sensitiveData;

	private ExclusionLists(Lists lists) {
		this.minorMisconduct = new MinorMisconductPolicy(new TermMatcher(lists.minorMisconduct().terms()),
				lists.minorMisconduct().basis());
		this.sensitiveData = new SensitiveDataPolicy(new TermMatcher(lists.sensitiveData().recordPatterns()),
				lists.sensitiveData().definitionTerms(), lists.sensitiveData().basis());
	}

	public static ExclusionLists fromClasspath() {
		return new ExclusionLists(CatalogJson.resource(PATH, Lists.class));
	}

	public MinorMisconductPolicy minorMisconduct() {
		return this.minorMisconduct;
	}

	public SensitiveDataPolicy sensitiveData() {
		return this.sensitiveData;
	}

}
