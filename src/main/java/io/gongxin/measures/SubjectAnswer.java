package io.gongxin.measures;

import java.util.List;

/**
 * The answer for one queried subject.
 *
 * @param index its position in the request, from 0
 * @param query what was asked (a citizen id masked)
 * @param subjectCode the subject's USCC, or a person's id masked
 * @param candidates for an ambiguous name: the subjects it may mean
 * @param sanctions 失信惩戒 measures that apply in the scenario
 * @param incentives 守信激励 measures that apply (none while a discredit entry counts)
 * @param suspended 失信惩戒 measures that would apply but are suspended (a court-approved
 * reorganisation plan in execution); empty in answers given before suspensions existed
 * @param suspension why they are suspended, or {@code null}
 * @param warnings 事前信用预警: broken or overdue commitments and list entries in force; empty
 * in answers given before warnings existed
 */
public record SubjectAnswer(int index, String query, Match match, String matchName, String subjectName,
		String subjectCode, String subjectType, List<Candidate> candidates, List<AppliedMeasure> sanctions,
		List<AppliedMeasure> incentives, List<AppliedMeasure> suspended, String suspension,
		List<PreEventWarning> warnings) {

	public SubjectAnswer {
		candidates = List.copyOf(candidates);
		sanctions = List.copyOf(sanctions);
		incentives = List.copyOf(incentives);
		suspended = (suspended != null) ? List.copyOf(suspended) : List.of();
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	/** Whether any sanction or incentive measure applies to this subject. */
	public boolean namesMeasures() {
		return !this.sanctions.isEmpty() || !this.incentives.isEmpty();
	}

}
