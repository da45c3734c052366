package io.gongxin.identifier;

/**
 * 重错码 figures for one registering authority and division (or all of them).
 *
 * @param authority registering authority, {@code *} for the total
 * @param division its division, {@code *} for the total
 * @param total registrations
 * @param invalid registrations whose code is invalid
 * @param duplicate registrations whose code is shared with a differently named subject
 * @param defective registrations that are invalid or duplicate (counted once)
 * @param corrected registrations an officer corrected
 */
public record QualityFigures(String authority, String division, long total, long invalid, long duplicate,
		long defective, long corrected) {

	/** The customer's target for the defect rate (重错码率): 0.005 %. */
	public static final double TARGET_DEFECT_RATE = 0.00005;

	/** 重错码率: defective ÷ all registrations. */
	public double defectRate() {
		return (this.total == 0) ? 0 : (double) this.defective / this.total;
	}

	/** 纠正率: corrected ÷ (corrected + still defective); 1 when nothing was ever wrong. */
	public double correctionRate() {
		long found = this.corrected + this.defective;
		return (found == 0) ? 1 : (double) this.corrected / found;
	}

	public boolean meetsTarget() {
		return defectRate() <= TARGET_DEFECT_RATE;
	}

}
