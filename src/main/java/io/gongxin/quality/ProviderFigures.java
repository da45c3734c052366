package io.gongxin.quality;

/**
 * A provider's (or a region's, or everyone's) summed figures over a period.
 *
 * @param submitted rows received in all record batches
 * @param received first submissions: rows that were neither an identical re-submission
 * nor a correction of a stored decision (new records plus rejected rows)
 * @param compliant first submissions that passed every rule (new records)
 * @param resubmitted identical re-submissions of stored records
 * @param corrected new versions of stored decisions (更正)
 * @param stored rows stored as records (new plus corrections): the timeliness base
 * @param late stored rows reported more than 7 working days after the decision
 */
public record ProviderFigures(String key, String name, String region, long batches, long lateBatches, long submitted,
		long received, long compliant, long rejected, long resubmitted, long corrected, long revoked, long stored,
		long late) {

	/** 合规率: first submissions passing every rule ÷ first submissions. */
	public Rate compliance() {
		return new Rate(this.compliant, this.received);
	}

	/** 及时率: stored rows reported within 7 working days ÷ stored rows. */
	public Rate timeliness() {
		return new Rate(this.stored - this.late, this.stored);
	}

	/** 迟报率 = 1 − 及时率. */
	public Rate lateness() {
		return new Rate(this.late, this.stored);
	}

	/** Whether the provider had at least one record accepted in the period (上报). */
	public boolean reported() {
		return this.compliant + this.resubmitted + this.corrected > 0;
	}

	public ProviderFigures named(String newName, String newRegion) {
		return new ProviderFigures(this.key, newName, newRegion, this.batches, this.lateBatches, this.submitted,
				this.received, this.compliant, this.rejected, this.resubmitted, this.corrected, this.revoked,
				this.stored, this.late);
	}

	public static ProviderFigures empty(String key, String name, String region) {
		return new ProviderFigures(key, name, region, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

}
