package io.gongxin.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A 双随机 plan as the public sees it (一公开): the department, the task, the seed's hash from
 * the announcement, the seed and the drawn subjects (organisations) with their results
 * after the draw. Grades are not public and are not shown.
 */
public record PublicInspection(String number, String departmentName, String taskName, String field, String seedHash,
		String seed, String stateLabel, int population, Instant announcedAt, Instant drawnAt, List<Drawn> drawn) {

	public record Drawn(String subjectName, String subjectCode, String resultLabel, LocalDate inspectedOn) {
	}

}
