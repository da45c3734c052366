package io.gongxin.quality;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An officer's sampling check at a department: how many decisions, how many unreported.
 */
public record SampleCheck(long id, String providerCode, LocalDate checkedOn, int checked, int unreported, String note,
		String recordedBy, Instant recordedAt) {

	public ConcealmentEstimate estimate() {
		return ConcealmentEstimate.of(this.checked, this.unreported);
	}

}
