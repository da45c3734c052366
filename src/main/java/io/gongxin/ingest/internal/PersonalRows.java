package io.gongxin.ingest.internal;

import java.util.List;
import java.util.stream.Collectors;

import io.gongxin.audit.AuditEntry;
import io.gongxin.identifier.CitizenId;
import io.gongxin.ingest.RejectedRow;

/**
 * Problem data keeps the rows exactly as they came, citizen ids included, so that the
 * department can fix them. Whoever reads such rows reads personal data, and the audit log
 * says so: which rows, by whom, through which view.
 */
public final class PersonalRows {

	/** Rejection ids listed in one audit record; a larger read names how many more. */
	static final int LISTED = 100;

	private PersonalRows() {
	}

	static boolean holdsCitizenId(RejectedRow row) {
		return row.raw().values().stream().anyMatch(CitizenId::looksLike);
	}

	/**
	 * The audit record of a read of problem rows, or none when no row held a citizen id.
	 */
	public static java.util.Optional<AuditEntry> readOf(String view, String targetType, String targetId,
			List<RejectedRow> rows) {
		return readOfIds(view, targetType, targetId,
				rows.stream().filter(PersonalRows::holdsCitizenId).map(RejectedRow::id).toList());
	}

	public static java.util.Optional<AuditEntry> readOfIds(String view, String targetType, String targetId,
			List<Long> rejectionIds) {
		if (rejectionIds.isEmpty()) {
			return java.util.Optional.empty();
		}
		String listed = rejectionIds.stream().limit(LISTED).map(String::valueOf).collect(Collectors.joining(","));
		String more = (rejectionIds.size() > LISTED) ? " (+" + (rejectionIds.size() - LISTED) + " more)" : "";
		return java.util.Optional.of(AuditEntry.read("ingest.rejection.read.person", targetType, targetId)
			.details(view + ": " + rejectionIds.size() + " rows with a citizen id, rejections " + listed + more));
	}

}
