package io.gongxin.remedy;

import java.time.LocalDate;

import io.gongxin.subject.SubjectId;

/**
 * A court's approval of an enterprise's reorganisation plan (重整计划) or settlement (和解协议):
 * while it is in execution the enterprise may apply for repair without waiting for the
 * minimum publicity period, and punishment measures are suspended.
 *
 * @param endedOn the day the plan was executed or terminated, if it was
 */
public record BankruptcyPlan(long id, SubjectId subjectId, String subjectName, Kind kind, String court,
		String rulingNumber, LocalDate approvedOn, LocalDate endedOn, String endReason) {

	/** Which procedure the court approved. */
	public enum Kind {

		REORGANISATION("重整计划"), SETTLEMENT("和解协议");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public boolean inExecution() {
		return this.endedOn == null;
	}

	/** How the applicant and the credit check read it. */
	public String describe() {
		return this.court + "已裁定批准" + this.kind.label() + "（" + this.rulingNumber + "，" + this.approvedOn + "）";
	}

}
