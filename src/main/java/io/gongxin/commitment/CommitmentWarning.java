package io.gongxin.commitment;

import java.time.LocalDate;

import io.gongxin.subject.SubjectId;

/**
 * What a pre-event check (事前信用预警) should tell a department about a subject's commitments.
 *
 * @param since the day the finding was made, or the day verification fell due
 * @param text the warning as the department reads it
 */
public record CommitmentWarning(SubjectId subjectId, Kind kind, String number, String typeName, String departmentName,
		LocalDate since, String text) {

	public enum Kind {

		/** The subject broke a commitment before. */
		BROKEN("曾违背信用承诺"),
		/** A commitment of the subject is past its verification deadline, unverified. */
		OVERDUE("承诺逾期未核查");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
