package io.gongxin.quality;

import java.time.LocalDate;

/**
 * A decision known from another source (a court or registry feed, a sampled list) and
 * what the platform holds about it.
 *
 * @param status whether the platform holds it, see {@link Status}
 * @param deadline the last day to report it, when known
 */
public record KnownDecision(int line, String providerCode, String documentNumber, LocalDate decisionDate,
		String subjectName, Status status, LocalDate deadline) {

	/** Whether a known decision was reported to the platform. */
	public enum Status {

		/** The platform holds it. */
		REPORTED,
		/** Not held, and the reporting deadline has passed. */
		UNREPORTED,
		/** Not held yet, still within 7 working days. */
		PENDING,
		/** Not held; no usable date or calendar to tell whether it is late. */
		UNKNOWN

	}

}
