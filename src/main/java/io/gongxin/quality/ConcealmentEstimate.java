package io.gongxin.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 瞒报率 from a sample: {@code unreported} of {@code checked} decisions were never reported,
 * with the 95 % Wilson score interval (which stays inside [0, 1] and is usable for small
 * samples and for k = 0, unlike the normal approximation).
 */
public record ConcealmentEstimate(long checked, long unreported, double rate, double lower, double upper) {

	/** z for a two-sided 95 % interval. */
	static final double Z = 1.959963984540054;

	public ConcealmentEstimate {
		if (checked < 1 || unreported < 0 || unreported > checked) {
			throw new IllegalArgumentException("a sample has checked >= 1 and 0 <= unreported <= checked");
		}
	}

	public static ConcealmentEstimate of(long checked, long unreported) {
		double n = checked;
		double p = unreported / n;
		double z2 = Z * Z;
		double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
		double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
		return new ConcealmentEstimate(checked, unreported, p, Math.max(0, centre - half), Math.min(1, centre + half));
	}

	public BigDecimal ratePercent() {
		return percent(this.rate);
	}

	public BigDecimal lowerPercent() {
		return percent(this.lower);
	}

	public BigDecimal upperPercent() {
		return percent(this.upper);
	}

	/** 零瞒报: no unreported decision was found. */
	public boolean zero() {
		return this.unreported == 0;
	}

	private static BigDecimal percent(double value) {
		return BigDecimal.valueOf(value * 100).setScale(2, RoundingMode.HALF_UP);
	}

}
