package io.gongxin.creditfile.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.gongxin.catalog.SeverityTier;

/**
 * One legal regime of publicity periods, in force for decisions taken from {@code from}
 * to {@code until} (inclusive, open-ended when {@code null}).
 */
public record PublicityRegime(String code, String name, String basis, LocalDate from, LocalDate until,
		Set<String> categories, Map<SeverityTier, Period> tiers) {

	/** Periods of one tier, in months from the decision date. */
	public record Period(boolean published, Integer minimumMonths, Integer maximumMonths) {

		public Period {
			if (minimumMonths != null && maximumMonths != null && minimumMonths > maximumMonths) {
				throw new IllegalArgumentException("minimum publicity period exceeds the maximum");
			}
		}

	}

	public PublicityRegime {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(basis, "basis");
		Objects.requireNonNull(from, "from");
		if (until != null && until.isBefore(from)) {
			throw new IllegalArgumentException("regime " + code + " ends before it starts");
		}
		categories = Set.copyOf(categories);
		tiers = Map.copyOf(tiers);
	}

	boolean covers(String category, LocalDate decisionDate) {
		return this.categories.contains(category) && !decisionDate.isBefore(this.from)
				&& (this.until == null || !decisionDate.isAfter(this.until));
	}

}
