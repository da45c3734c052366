package io.gongxin.remedy;

import java.time.LocalDate;
import java.util.List;

/**
 * Which conditions of repair hold for one record on one day, in the order the applicant
 * reads them.
 *
 * @param repairableFrom the first day repair may end publicity, if the rules set one
 */
public record Eligibility(long recordId, String documentNumber, String categoryName, LocalDate asOf,
		LocalDate repairableFrom, List<ConditionCheck> conditions) {

	public Eligibility {
		conditions = List.copyOf(conditions);
	}

	public List<ConditionCheck> failing() {
		return this.conditions.stream().filter(ConditionCheck::fails).toList();
	}

	/** Whether an application may be filed now (the applicant still shows the rest). */
	public boolean open() {
		return failing().isEmpty();
	}

}
