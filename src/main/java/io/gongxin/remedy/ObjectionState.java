package io.gongxin.remedy;

import java.util.Optional;
import java.util.Set;

/**
 * Where an objection (异议) stands. Filed objections are accepted or not within the
 * acceptance deadline; accepted ones are checked by the platform, which corrects its own
 * errors at once or refers the record to the providing department (协查); the answer
 * decides it.
 */
public enum ObjectionState {

	FILED("已提交"), NOT_ACCEPTED("不予受理"), ACCEPTED("已受理，平台核查中"), REFERRED("信息提供单位协查中"), DECIDED("已办结");

	private final String label;

	ObjectionState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean finished() {
		return this == NOT_ACCEPTED || this == DECIDED;
	}

	/** Why the objection cannot move to {@code next} from here, if it cannot. */
	public Optional<String> refusal(ObjectionState next) {
		Set<ObjectionState> allowed = switch (this) {
			case FILED -> Set.of(ACCEPTED, NOT_ACCEPTED);
			case ACCEPTED -> Set.of(REFERRED, DECIDED);
			case REFERRED -> Set.of(DECIDED);
			case NOT_ACCEPTED, DECIDED -> Set.of();
		};
		return allowed.contains(next) ? Optional.empty()
				: Optional.of("异议当前状态为“" + this.label + "”，不能转为“" + next.label + "”");
	}

}
