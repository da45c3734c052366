package io.gongxin.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public verification page shows about a report number.
 *
 * @param genuine the number was issued by this platform and its SM2 seal verifies
 * @param changedSinceIssue the subject's public information differs from what it was at
 * issue, so the printout is out of date
 */
public record ReportVerification(String number, boolean genuine, ReportType type, String subjectName, String subjectKey,
		Instant issuedAt, Instant cutoffAt, List<String> domains, LocalDate periodFrom, LocalDate periodTo,
		boolean changedSinceIssue, String pdfSm3) {

	public ReportVerification {
		domains = (domains == null) ? List.of() : List.copyOf(domains);
	}

	public static ReportVerification unknown(String number) {
		return new ReportVerification(number, false, null, null, null, null, null, List.of(), null, null, false, null);
	}

}
