package io.gongxin.quality;

/**
 * Missing serial numbers in a provider's sequence of decisions: suspected unreported
 * decisions {@code agency〔year〕from号} to {@code …to号}.
 */
public record NumberGap(String providerCode, String agency, int year, int from, int to) {

	public NumberGap {
		if (to < from) {
			throw new IllegalArgumentException("a gap runs forward");
		}
	}

	public int missing() {
		return this.to - this.from + 1;
	}

	/** How the first missing number is written, e.g. 穗市监罚〔2024〕124号. */
	public String firstMissing() {
		return this.agency + "〔" + this.year + "〕" + this.from + "号";
	}

}
