package io.gongxin.subscription;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which subjects a subscription covers; an empty part does not narrow.
 *
 * @param subjectCodes unified social credit codes (or citizen ids, credit office only)
 * @param regionPrefix a division-code prefix, e.g. {@code 4401} for 广州 or {@code 440106}
 * for 天河区
 * @param industry an industry code, matched where the event carries one
 * @param categories catalog category codes, e.g. {@code XZCF}
 */
public record SubscriptionFilter(Set<String> subjectCodes, String regionPrefix, String industry,
		Set<String> categories) {

	public SubscriptionFilter {
		subjectCodes = (subjectCodes == null) ? Set.of()
				: Set.copyOf(new TreeSet<>(subjectCodes.stream()
					.map(String::strip)
					.map(code -> code.toUpperCase(java.util.Locale.ROOT))
					.filter(code -> !code.isEmpty())
					.toList()));
		regionPrefix = blankToNull(regionPrefix);
		if (regionPrefix != null && !regionPrefix.matches("\\d{2,6}")) {
			throw new IllegalArgumentException("a region is 2 to 6 digits of a division code");
		}
		industry = blankToNull(industry);
		categories = (categories == null) ? Set.of()
				: Set.copyOf(categories.stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
		if (subjectCodes.size() > 100_000) {
			throw new IllegalArgumentException("a code list holds at most 100,000 subjects");
		}
	}

	public static final SubscriptionFilter ALL = new SubscriptionFilter(Set.of(), null, null, Set.of());

	/** Whether an entry about this subject, region, industry and category passes. */
	public boolean accepts(String subjectCode, String region, String entryIndustry, String category) {
		if (!this.subjectCodes.isEmpty() && (subjectCode == null || !this.subjectCodes.contains(subjectCode))) {
			return false;
		}
		if (this.regionPrefix != null && (region == null || !region.startsWith(this.regionPrefix))) {
			return false;
		}
		if (this.industry != null && !this.industry.equals(entryIndustry)) {
			return false;
		}
		return this.categories.isEmpty() || (category != null && this.categories.contains(category));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
