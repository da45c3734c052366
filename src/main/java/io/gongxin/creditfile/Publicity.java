package io.gongxin.creditfile;

import java.time.LocalDate;
import java.util.Objects;

import io.gongxin.catalog.SeverityTier;

/**
 * The publicity of one credit-file item as the publicity policy assessed it.
 *
 * @param status whether the item is shown now
 * @param tier severity tier, {@code null} for categories without tiers
 * @param tierRule how the tier was found (explicit field or derivation rule)
 * @param regime code of the regime whose periods apply, {@code null} if none
 * @param basis legal basis of the periods
 * @param start first day of publicity (the decision date)
 * @param until last day of publicity, {@code null} for open-ended (长期) publicity
 * @param repairableFrom first day repair may end publicity early, {@code null} if the
 * rule sets no minimum
 * @param note how {@code until} was reached (caps applied)
 */
public record Publicity(PublicityStatus status, SeverityTier tier, String tierRule, String regime, String basis,
		LocalDate start, LocalDate until, LocalDate repairableFrom, String note) {

	public Publicity {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(start, "start");
		if (until != null && until.isBefore(start.minusDays(1))) {
			throw new IllegalArgumentException("publicity cannot end before it starts");
		}
	}

	public boolean published() {
		return this.status == PublicityStatus.PUBLISHED;
	}

	/** Whether publicity should have ended by {@code today}. */
	public boolean dueToEnd(LocalDate today) {
		return this.until != null && this.until.isBefore(today);
	}

	public Publicity withStatus(PublicityStatus newStatus) {
		return new Publicity(newStatus, this.tier, this.tierRule, this.regime, this.basis, this.start, this.until,
				this.repairableFrom, this.note);
	}

}
