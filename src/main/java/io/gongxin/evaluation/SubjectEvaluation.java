package io.gongxin.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.gongxin.subject.SubjectId;

/**
 * A subject's current grade under one model, with each second-level indicator's points.
 */
public record SubjectEvaluation(SubjectId subjectId, String subjectName, String subjectCode, String modelCode,
		String modelName, int modelVersion, int score, Grade grade, boolean vetoed, Instant evaluatedAt,
		List<IndicatorPoints> indicators) {

	public SubjectEvaluation {
		Objects.requireNonNull(subjectId, "subjectId");
		Objects.requireNonNull(grade, "grade");
		indicators = List.copyOf(indicators);
	}

	@JsonProperty
	public String gradeLabel() {
		return this.grade.name() + "（" + this.grade.label() + "）";
	}

	/** One indicator's points in its first-level group. */
	public record IndicatorPoints(String groupCode, String groupName, String code, String name, String doc, int points,
			int start, int max) {
	}

}
