package io.gongxin.remedy;

import java.util.Objects;

/**
 * One condition of repair for one record: whether it holds, and why or why not.
 * Conditions only the applicant can show (duties performed, the commitment) are
 * {@link Result#TO_SHOW} until the application states them.
 */
public record ConditionCheck(RepairCondition condition, Result result, String reason) {

	/** Whether a condition holds. */
	public enum Result {

		HOLDS("满足"), FAILS("不满足"), TO_SHOW("申请时提供");

		private final String label;

		Result(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public ConditionCheck {
		Objects.requireNonNull(condition, "condition");
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(reason, "reason");
	}

	public String name() {
		return this.condition.label();
	}

	public boolean fails() {
		return this.result == Result.FAILS;
	}

}
