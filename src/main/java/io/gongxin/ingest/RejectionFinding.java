package io.gongxin.ingest;

import java.util.List;

/**
 * Why a row of problem data was refused, without the row or the offending values: what
 * quality figures and bulletins need, and no personal data.
 *
 * @param id the problem row
 * @param reasons its reasons, each without its value
 */
public record RejectionFinding(long id, List<RejectionReason> reasons) {

	public RejectionFinding {
		reasons = reasons.stream()
			.map(reason -> (reason.value() == null) ? reason
					: new RejectionReason(reason.field(), reason.rule(), reason.message(), null))
			.toList();
	}

}
