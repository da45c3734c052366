package io.gongxin.creditfile.internal;

/**
 * A local upper limit on how long negative information may be published, counted from the
 * decision date; {@code years == 0} switches it off.
 */
public record NegativeCap(int years, String basis) {

	public NegativeCap {
		if (years < 0) {
			throw new IllegalArgumentException("cap years cannot be negative");
		}
	}

	static NegativeCap none() {
		return new NegativeCap(0, null);
	}

}
