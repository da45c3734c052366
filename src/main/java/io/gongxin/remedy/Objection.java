package io.gongxin.remedy;

import java.time.Instant;
import java.util.List;

import io.gongxin.subject.SubjectId;

/**
 * An objection (异议) to one credit record, as the credit office and the applicant see it.
 *
 * @param reference the 查询码 the applicant follows the case with
 * @param providerCode the department that filed the record and answers the 协查
 * @param reply the written reply to the applicant, once there is one
 * @param replacementRecord the corrected record that replaced the objected one, if any
 * @param version bumped by every step; a step names the version it saw
 */
public record Objection(long id, String reference, long recordId, SubjectId subjectId, String subjectName,
		boolean subjectIsPerson, String categoryCode, String categoryName, String documentNumber, String providerCode,
		Applicant applicant, String filedBy, String reasons, List<Evidence> evidence, ObjectionState state,
		ObjectionOutcome outcome, String reply, Long replacementRecord, Instant filedAt, Instant finishedAt,
		int version) {

	public Objection {
		evidence = List.copyOf(evidence);
	}

	public String stateLabel() {
		return (this.outcome != null) ? this.state.label() + "（" + this.outcome.label() + "）" : this.state.label();
	}

}
