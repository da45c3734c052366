package io.gongxin.report.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.gongxin.ingest.CreditRecord;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.PublicityStatus;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The rule for what a standard report may show: an item appears only if it is in
 * publicity at the data cut-off. Repaired, revoked, superseded, expired and
 * never-published items are left out, and so is an item whose last day has passed even if
 * the end-of-publicity job has not run yet.
 */
public final class PublicAtCutoff {

	private PublicAtCutoff() {
	}

	/** Why an item is left out, or empty if it may be shown. */
	public static Optional<String> exclusion(CreditFileItem item, LocalDate cutoffDay) {
		if (item.publicity().status() != PublicityStatus.PUBLISHED) {
			return Optional.of("not in publicity: " + item.publicity().status().label());
		}
		if (item.recordStatus() != CreditRecord.Status.ACTIVE) {
			return Optional.of("record " + item.recordStatus());
		}
		if (item.publicity().dueToEnd(cutoffDay)) {
			return Optional.of("publicity ended on " + item.publicity().until());
		}
		if (item.publicity().start().isAfter(cutoffDay)) {
			return Optional.of("publicity starts after the cut-off");
		}
		return Optional.empty();
	}

	public static List<CreditFileItem> select(List<CreditFileItem> file, LocalDate cutoffDay) {
		return newestFirst(file.stream().filter(item -> exclusion(item, cutoffDay).isEmpty()));
	}

	/** The order every report lists decisions in: newest first, then by record. */
	static List<CreditFileItem> newestFirst(Stream<CreditFileItem> items) {
		return items.sorted(
				Comparator.comparing(CreditFileItem::decisionDate).reversed().thenComparing(CreditFileItem::recordId))
			.toList();
	}

	/**
	 * SM3 digest of what the public can see of a subject: comparing it later shows
	 * whether a printout is out of date.
	 */
	public static String digest(List<CreditFileItem> shown) {
		SM3Digest sm3 = new SM3Digest();
		shown.stream().sorted(Comparator.comparingLong(CreditFileItem::recordId)).forEach(item -> {
			byte[] line = (item.recordId() + "|" + item.categoryCode() + "|" + item.documentNumber() + "|"
					+ item.decisionDate() + "|" + item.publicity().until() + (item.underObjection() ? "|objection" : "")
					+ "\n")
				.getBytes(StandardCharsets.UTF_8);
			sm3.update(line, 0, line.length);
		});
		byte[] out = new byte[sm3.getDigestSize()];
		sm3.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

	public static String sm3(byte[] bytes) {
		SM3Digest sm3 = new SM3Digest();
		sm3.update(bytes, 0, bytes.length);
		byte[] out = new byte[sm3.getDigestSize()];
		sm3.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}

}
