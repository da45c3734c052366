package io.gongxin.quality;

import io.gongxin.inbox.TaskType;

/** The inbox tasks data-quality governance puts on providers' desks. */
public final class QualityTasks {

	/**
	 * Correcting problem data left unfixed too long. No national deadline was found for
	 * this; five working days is this platform's own rule and says so.
	 */
	public static final TaskType PROBLEM_DATA_CORRECTION = new TaskType("PROBLEM_DATA_CORRECTION", "问题数据改正", 5,
			"本平台数据质量规则：问题数据自通知之日起5个工作日内改正并重新报送（平台规则，非国家规定）");

	private QualityTasks() {
	}

}
