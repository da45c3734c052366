package io.gongxin.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A ratio kept as its two counts, so sums stay exact; shown as a percentage with two
 * decimals. A rate over nothing is undefined ({@link #percent()} is {@code null}), never
 * 0 or 100 %.
 */
public record Rate(long numerator, long denominator) {

	public Rate {
		if (numerator < 0 || denominator < 0 || numerator > denominator) {
			throw new IllegalArgumentException("a rate needs 0 <= numerator <= denominator");
		}
	}

	public boolean defined() {
		return this.denominator > 0;
	}

	public BigDecimal percent() {
		if (!defined()) {
			return null;
		}
		return BigDecimal.valueOf(this.numerator * 100)
			.divide(BigDecimal.valueOf(this.denominator), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Whether the exact ratio reaches {@code targetPercent}; an undefined rate does not.
	 */
	public boolean reaches(BigDecimal targetPercent) {
		return defined() && BigDecimal.valueOf(this.numerator * 100)
			.compareTo(targetPercent.multiply(BigDecimal.valueOf(this.denominator))) >= 0;
	}

	public Rate complement() {
		return new Rate(this.denominator - this.numerator, this.denominator);
	}

}
