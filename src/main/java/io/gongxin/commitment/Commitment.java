package io.gongxin.commitment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.gongxin.catalog.SeverityTier;
import io.gongxin.subject.SubjectId;

/**
 * A signed commitment and where it stands.
 *
 * @param number its number (承诺书编号), also the document number of its credit records
 * @param templateVersion the template version signed, {@code null} for one a department
 * filed without a template
 * @param subjectCode the subject's USCC, or a person's id number masked
 * @param digest SM3 of what was signed, so a copy can be checked against it
 * @param verificationWorkingDays the period of verification, if it is tracked
 * @param dueOn the day the department's verification is due; {@code null} when it is not
 * tracked, or while the holiday notice of its year is not loaded
 * @param recordId the 信用承诺 credit record it was filed as, if any
 * @param outcome the department's finding, once recorded
 */
public record Commitment(long id, String number, Long templateVersion, String templateCode, CommitmentKind kind,
		String typeName, String matter, String text, List<String> items, String digest, SubjectId subjectId,
		String subjectName, String subjectCode, boolean subjectIsPerson, String departmentCode, String departmentName,
		SigningChannel channel, boolean publicColumn, SeverityTier breachTier, LocalDate signedOn, Instant signedAt,
		Integer verificationWorkingDays, LocalDate dueOn, Long recordId, Outcome outcome) {

	public Commitment {
		items = List.copyOf(items);
	}

	/**
	 * The verifying department's finding.
	 *
	 * @param recordId the credit record the finding was filed as
	 */
	public record Outcome(CommitmentState state, LocalDate foundOn, String evidence, String explanation,
			SeverityTier breachTier, Long recordId, Instant recordedAt) {
	}

	@JsonProperty
	public CommitmentState state() {
		return (this.outcome != null) ? this.outcome.state() : CommitmentState.PENDING;
	}

	@JsonProperty
	public String stateLabel() {
		return state().label();
	}

	@JsonProperty
	public String kindLabel() {
		return this.kind.label();
	}

	@JsonProperty
	public String channelLabel() {
		return this.channel.label();
	}

	/**
	 * Awaiting a due day: its period runs into a year whose holiday notice is not loaded
	 * yet.
	 */
	@JsonProperty
	public boolean deadlinePending() {
		return this.outcome == null && this.dueOn == null && this.verificationWorkingDays != null;
	}

	/** Unverified past its due date on that day. */
	public boolean overdueOn(LocalDate day) {
		return this.outcome == null && this.dueOn != null && this.dueOn.isBefore(day);
	}

}
