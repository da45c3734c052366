package io.gongxin.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.gongxin.subject.SubjectId;

/**
 * A risk alert on a department's desk, with the interviews it led to.
 *
 * @param evidenceRefs the records (or change of grade) that raised it
 */
public record RiskAlert(long id, String ruleCode, String ruleName, SubjectId subjectId, String subjectName,
		String subjectCode, String departmentCode, String reason, List<String> evidenceRefs, AlertState state,
		WatchListSuggestion suggestion, String suggestionNote, Instant raisedAt, Instant acknowledgedAt,
		String acknowledgedBy, Instant resolvedAt, String resolvedBy, String followUp, Long taskId,
		List<Interview> interviews) {

	public RiskAlert {
		evidenceRefs = List.copyOf(evidenceRefs);
		interviews = List.copyOf(interviews);
	}

	@JsonProperty
	public String stateLabel() {
		return this.state.label();
	}

	@JsonProperty
	public String suggestionLabel() {
		return this.suggestion.label();
	}

	/** An interview (约谈) held about the alert, and what came of it. */
	public record Interview(long id, InterviewKind kind, String departmentCode, LocalDate heldOn, String interviewee,
			String outcome, String recordedBy, Instant recordedAt) {

		@JsonProperty
		public String kindLabel() {
			return this.kind.label();
		}

	}

}
