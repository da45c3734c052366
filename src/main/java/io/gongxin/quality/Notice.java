package io.gongxin.quality;

import java.time.Instant;

/**
 * A notice to a provider: it fell under a target, or left problem data unfixed too long.
 *
 * @param kind {@code COMPLIANCE}, {@code TIMELINESS} or {@code STALE_PROBLEM_DATA}
 */
public record Notice(long id, String providerCode, String kind, String message, Instant createdAt, boolean delivered) {

}
