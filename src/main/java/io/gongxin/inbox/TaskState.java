package io.gongxin.inbox;

import java.util.Optional;
import java.util.Set;

/**
 * Where a task stands. Overdue is not a state: it follows from the due date and today.
 */
public enum TaskState {

	OPEN("待办理"), IN_PROGRESS("办理中"), DONE("已办结"), CANCELLED("已撤销");

	private final String label;

	TaskState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean finished() {
		return this == DONE || this == CANCELLED;
	}

	/** The states this one may move to. */
	Set<TaskState> next() {
		return switch (this) {
			case OPEN -> Set.of(IN_PROGRESS, DONE, CANCELLED);
			case IN_PROGRESS -> Set.of(DONE, CANCELLED);
			case DONE, CANCELLED -> Set.of();
		};
	}

	/** Why a task in this state cannot move to {@code to}, or empty when it can. */
	public Optional<String> refusal(TaskState to) {
		if (next().contains(to)) {
			return Optional.empty();
		}
		return Optional.of(finished() ? "任务" + this.label + "，不能再变更。" : "任务" + this.label + "，不能直接改为" + to.label + "。");
	}

}
