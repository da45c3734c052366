package io.gongxin.measures;

import java.util.List;

/**
 * A 事前信用核查: the scenario (code such as {@code GOVERNMENT_PROCUREMENT}, or its Chinese
 * name), the subjects (1 to 1,000), and, for credit office staff checking on a
 * department's behalf, the department whose work it is (clerks always check for their
 * own).
 */
public record CheckRequest(String scenario, List<SubjectQuery> subjects, String department) {

	public CheckRequest {
		subjects = (subjects == null) ? List.of() : List.copyOf(subjects);
	}

}
