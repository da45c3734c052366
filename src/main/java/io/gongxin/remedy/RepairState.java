package io.gongxin.remedy;

import java.util.Optional;
import java.util.Set;

/**
 * Where a credit repair application stands: the credit office's initial review (一口受理)
 * accepts it or not; the department that made the finding decides it (谁认定、谁修复).
 */
public enum RepairState {

	FILED("已提交，待初审"), NOT_ACCEPTED("初审未通过"), ACCEPTED("初审通过，认定单位办理中"), APPROVED("准予修复"), REJECTED("不予修复");

	private final String label;

	RepairState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean finished() {
		return this == NOT_ACCEPTED || this == APPROVED || this == REJECTED;
	}

	/** Why the application cannot move to {@code next} from here, if it cannot. */
	public Optional<String> refusal(RepairState next) {
		Set<RepairState> allowed = switch (this) {
			case FILED -> Set.of(ACCEPTED, NOT_ACCEPTED);
			case ACCEPTED -> Set.of(APPROVED, REJECTED);
			case NOT_ACCEPTED, APPROVED, REJECTED -> Set.of();
		};
		return allowed.contains(next) ? Optional.empty()
				: Optional.of("修复申请当前状态为“" + this.label + "”，不能转为“" + next.label + "”");
	}

}
