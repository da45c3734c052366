package io.gongxin.exchange;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How a target is doing, for the operations page.
 *
 * @param queued items waiting for a package
 * @param awaitingReceipt items sent without a receipt yet
 * @param overdue open items whose statutory deadline has passed
 * @param oldestOverdueOn the earliest deadline they passed
 * @param lag age of the oldest open item
 * @param failedAttempts failed delivery attempts of the last 24 hours
 * @param deadLetters packages the outbox gave up on
 * @param lastError the last delivery or receipt error, with its time
 */
public record TargetStatus(Target target, long queued, long awaitingReceipt, long acknowledged, long rejected,
		long overdue, LocalDate oldestOverdueOn, Duration lag, long failedAttempts, long deadLetters, String lastError,
		Instant lastErrorAt, Instant lastPackagedAt, Instant lastReceiptAt) {

	/** Whether open items have passed their statutory deadline. */
	public boolean behind() {
		return this.overdue > 0;
	}

}
