package io.gongxin.inbox;

import java.time.LocalDate;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;

/** A department finished a task, on time or late. */
@PublishedEvent(title = "任务已办结", summary = "A department finished a task, on time or late.",
		audience = { EventAudience.PLATFORM, EventAudience.OWN_DEPARTMENT, EventAudience.CREDIT_OFFICE },
		externalType = "inbox.task-completed")
public record TaskCompleted(long taskId, String typeCode, String typeName, String departmentCode, String title,
		String sourceRef, LocalDate dueDate, LocalDate finishedOn, boolean onTime, String outcome) {

}
