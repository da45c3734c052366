package io.gongxin.exchange;

import java.time.LocalDate;
import java.util.List;

/**
 * The reconciliation report (对账) of one target over a period: what was owed, sent,
 * acknowledged, refused and is still pending, by day and category.
 */
public record Reconciliation(String targetCode, String targetName, LocalDate from, LocalDate to, List<Line> lines,
		Line total) {

	/**
	 * One day and category (or the total, with {@code null} day and category).
	 *
	 * @param queued items that became owed that day
	 * @param pending still queued or sent without a receipt
	 */
	public record Line(LocalDate day, String categoryCode, String categoryName, long queued, long sent,
			long acknowledged, long rejected, long pending) {

	}

}
