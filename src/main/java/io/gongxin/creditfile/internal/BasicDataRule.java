package io.gongxin.creditfile.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import io.gongxin.creditfile.BasicData.Kind;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.ingest.CreditRecord;

/**
 * Which source's fact is a subject's basic data: per kind, the newest source (latest
 * as-of date, then the later-filed record) among the sources the public may see now.
 * Every source is kept, so the choice does not depend on the order records arrive in,
 * replays change nothing, and when the newest source is revoked, corrected or leaves
 * publicity the next-newest one speaks again.
 */
final class BasicDataRule {

	/**
	 * One fact one record states, with what decides whether the public may see that
	 * record.
	 *
	 * @param status the publicity of the record's credit-file item
	 * @param recordStatus ACTIVE, SUPERSEDED or REVOKED
	 */
	record Candidate(Kind kind, long recordId, String value, LocalDate asOf, String categoryCode, String categoryName,
			String providerCode, String documentNumber, PublicityStatus status, CreditRecord.Status recordStatus,
			LocalDate publicFrom, LocalDate publicUntil) {

		Candidate {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(asOf, "asOf");
		}

	}

	private static final Comparator<Candidate> NEWEST_LAST = Comparator.comparing(Candidate::asOf)
		.thenComparingLong(Candidate::recordId);

	private BasicDataRule() {
	}

	static Map<Kind, Candidate> newest(Collection<Candidate> candidates, LocalDate today) {
		Map<Kind, Candidate> chosen = new EnumMap<>(Kind.class);
		for (Candidate candidate : candidates) {
			if (visible(candidate, today)) {
				chosen.merge(candidate.kind(), candidate, (a, b) -> (NEWEST_LAST.compare(a, b) >= 0) ? a : b);
			}
		}
		return chosen;
	}

	/**
	 * A source speaks only while its record is in force and in publicity: a fact must not
	 * point the public at a penalty whose publicity has ended or was never granted.
	 */
	static boolean visible(Candidate candidate, LocalDate today) {
		return candidate.status() == PublicityStatus.PUBLISHED && candidate.recordStatus() == CreditRecord.Status.ACTIVE
				&& (candidate.publicFrom() == null || !candidate.publicFrom().isAfter(today))
				&& (candidate.publicUntil() == null || !candidate.publicUntil().isBefore(today));
	}

}
