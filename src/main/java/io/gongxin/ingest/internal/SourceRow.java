package io.gongxin.ingest.internal;

import java.util.List;
import java.util.Set;

/**
 * One data row as read from a file or request: raw values in column order.
 *
 * @param rowNumber the row's number for the clerk (line number in CSV, row number in
 * XLSX, index in JSON)
 * @param values raw cell values, {@code null} for empty cells
 * @param formulaColumns columns whose cell held a formula (refused: a credit record holds
 * data, not code)
 * @param problem a structural problem of the row (e.g. column count), or {@code null}
 */
record SourceRow(int rowNumber, List<String> values, Set<Integer> formulaColumns, String problem) {

}
