package io.gongxin.evaluation;

import java.time.Instant;
import java.util.Map;

/**
 * A batch evaluation of every subject under a model.
 *
 * @param changed subjects whose grade changed or who got a first grade
 * @param distribution subjects per grade after the run
 */
public record RunSummary(long runId, String modelCode, int modelVersion, Instant startedAt, Instant finishedAt,
		int subjects, int changed, Map<Grade, Long> distribution) {
}
