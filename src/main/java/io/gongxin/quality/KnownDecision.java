package io.gongxin.quality;

import java.time.LocalDate;

/**
 * A decision known from another source (a court or registry feed, a sampled list) and
 * what the platform holds about it.
 *
 * @param status {@code REPORTED}, {@code UNREPORTED} (the reporting deadline has passed),
 * {@code PENDING} (still within 7 working days) or {@code UNKNOWN} (no usable date or
 * calendar)
 * @param deadline the last day to report it, when known
 */
public record KnownDecision(int line, String providerCode, String documentNumber, LocalDate decisionDate,
		String subjectName, String status, LocalDate deadline) {

}
