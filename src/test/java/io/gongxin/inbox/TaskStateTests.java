package io.gongxin.inbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TaskStateTests {

	@Test
	void anOpenTaskMayBeStartedDoneOrCancelled() {
		assertThat(TaskState.OPEN.refusal(TaskState.IN_PROGRESS)).isEmpty();
		assertThat(TaskState.OPEN.refusal(TaskState.DONE)).isEmpty();
		assertThat(TaskState.OPEN.refusal(TaskState.CANCELLED)).isEmpty();
	}

	@Test
	void aTaskInProgressCannotGoBackToOpen() {
		assertThat(TaskState.IN_PROGRESS.refusal(TaskState.OPEN)).contains("任务办理中，不能直接改为待办理。");
		assertThat(TaskState.IN_PROGRESS.refusal(TaskState.DONE)).isEmpty();
	}

	@Test
	void aFinishedTaskCannotChangeAnyMore() {
		assertThat(TaskState.DONE.refusal(TaskState.IN_PROGRESS)).contains("任务已办结，不能再变更。");
		assertThat(TaskState.CANCELLED.refusal(TaskState.DONE)).isPresent();
		assertThat(TaskState.DONE.finished()).isTrue();
		assertThat(TaskState.IN_PROGRESS.finished()).isFalse();
	}

}
