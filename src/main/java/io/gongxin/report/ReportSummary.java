package io.gongxin.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A report issued earlier, as its subject's own user sees it in the list: the PDF itself
 * is not kept, the number leads to the verification page.
 *
 * @param domains the names of the domains (无违法违规证明版 only)
 */
public record ReportSummary(String number, ReportType type, Instant issuedAt, List<String> domains,
		LocalDate periodFrom, LocalDate periodTo, String channel) {

	public ReportSummary {
		domains = (domains == null) ? List.of() : List.copyOf(domains);
	}

}
