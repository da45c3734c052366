package io.gongxin.ingest;

import java.util.List;
import java.util.Map;

/**
 * A row kept as problem data (问题数据) with all its reasons.
 */
public record RejectedRow(long id, int rowNumber, Map<String, String> raw, List<RejectionReason> reasons) {

}
