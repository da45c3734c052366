package io.gongxin.catalog;

import java.util.Objects;

/**
 * How long information of one severity tier is published.
 *
 * @param tier the tier
 * @param published whether it is published at all
 * @param minimumMonths months before repair may end publicity early, or {@code null}
 * @param maximumMonths months after which publicity ends by itself, or {@code null}
 */
public record TierPublicity(SeverityTier tier, boolean published, Integer minimumMonths, Integer maximumMonths) {

	public TierPublicity {
		Objects.requireNonNull(tier, "tier");
		if (minimumMonths != null && minimumMonths < 0 || maximumMonths != null && maximumMonths < 0) {
			throw new IllegalArgumentException("publicity periods cannot be negative");
		}
		if (minimumMonths != null && maximumMonths != null && minimumMonths > maximumMonths) {
			throw new IllegalArgumentException("minimum publicity period exceeds the maximum");
		}
	}

}
