package io.gongxin.quality;

/**
 * 重错码率 and 纠正率 of the unified social credit codes the platform holds.
 *
 * @param codes distinct current codes
 * @param duplicates codes held by subjects with different names (重码)
 * @param invalid codes that break GB 32100 (错码)
 * @param corrected subjects whose code an officer corrected (纠正)
 * @param source which module the figures come from
 */
public record CodeDefects(long codes, long duplicates, long invalid, long corrected, String source) {

	/** 重错码率 = (duplicates + invalid) ÷ codes. */
	public Rate defectRate() {
		return new Rate(Math.min(this.codes, this.duplicates + this.invalid), this.codes);
	}

	/** 纠正率 = corrected ÷ (corrected + defects still open). */
	public Rate correctionRate() {
		return new Rate(this.corrected, this.corrected + this.duplicates + this.invalid);
	}

}
