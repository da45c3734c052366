package io.gongxin.outbox;

import java.time.Instant;

/**
 * How deliveries to one endpoint are going, for the operations views of the capabilities
 * that send through it.
 *
 * @param pending messages waiting for their first or next attempt
 * @param oldestPendingSince when the oldest of them was written
 * @param dead messages every attempt failed for
 * @param failedAttempts failed attempts since the time asked for
 * @param lastError the last failed attempt's error (or HTTP status), {@code null} if none
 */
public record EndpointHealth(long pending, Instant oldestPendingSince, long dead, long failedAttempts, String lastError,
		Instant lastErrorAt, Instant lastDeliveredAt) {

}
