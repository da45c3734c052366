package io.gongxin.evaluation;

import java.time.Instant;

/** A first grade or a change of grade, with what caused the evaluation. */
public record GradeChange(long id, String modelCode, int modelVersion, Grade fromGrade, Grade toGrade,
		Integer fromScore, int toScore, Instant changedAt, String cause) {
}
