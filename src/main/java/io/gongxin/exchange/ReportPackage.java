package io.gongxin.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One package to a target: items of one category and one action, in the national layout.
 *
 * @param key the package's idempotency key, also what receipts name
 * @param columns the layout's columns in order (field code and Chinese name)
 * @param rows one per item, values by field code
 */
public record ReportPackage(long id, String key, Target target, String categoryCode, String categoryName,
		ReportAction action, String fileName, List<Column> columns, List<Row> rows, Instant createdAt) {

	public ReportPackage {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

	/** A column of the national layout. */
	public record Column(String code, String name) {

	}

	/**
	 * One item.
	 *
	 * @param key the item's key (unique per target), what a receipt names
	 * @param values by field code; a withdrawal carries the decision's identity and
	 * reason
	 */
	public record Row(String key, long recordId, String documentNumber, Map<String, String> values) {

	}

}
