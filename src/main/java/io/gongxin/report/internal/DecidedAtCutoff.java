package io.gongxin.report.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.ingest.CreditRecord;

/**
 * The rule for what a 无违法违规证明版 reads: every decision on record at the data cut-off,
 * whether or not it is in publicity. 发改财金〔2025〕565号 makes the report stand in for
 * certificates of no administrative penalty, including those decided by simplified
 * procedure; a warning that is not published (a 轻微 penalty under the 2026 regime) is
 * still a penalty, and leaving it out would certify "no penalty". Only decisions that no
 * longer stand are left out: revoked ones, and versions superseded by a correction.
 */
public final class DecidedAtCutoff {

	private DecidedAtCutoff() {
	}

	/** Why an item is left out, or empty if the report must take it into account. */
	public static Optional<String> exclusion(CreditFileItem item, LocalDate cutoffDay) {
		if (item.recordStatus() != CreditRecord.Status.ACTIVE) {
			return Optional.of("record " + item.recordStatus());
		}
		PublicityStatus status = item.publicity().status();
		if (status == PublicityStatus.REVOKED || status == PublicityStatus.SUPERSEDED) {
			return Optional.of("decision " + status.label());
		}
		if (item.decisionDate().isAfter(cutoffDay)) {
			return Optional.of("decided after the cut-off");
		}
		return Optional.empty();
	}

	public static List<CreditFileItem> select(List<CreditFileItem> file, LocalDate cutoffDay) {
		return PublicAtCutoff.newestFirst(file.stream().filter(item -> exclusion(item, cutoffDay).isEmpty()));
	}

}
