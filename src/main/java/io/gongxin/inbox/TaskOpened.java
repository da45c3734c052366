package io.gongxin.inbox;

import java.time.LocalDate;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;

/** A task was put on a department's desk with its due date. */
@PublishedEvent(title = "任务已派发", summary = "A task was put on a department's desk with its due date.",
		audience = { EventAudience.PLATFORM, EventAudience.OWN_DEPARTMENT, EventAudience.CREDIT_OFFICE },
		externalType = "inbox.task-opened")
public record TaskOpened(long taskId, String typeCode, String typeName, String departmentCode, String title,
		String sourceRef, LocalDate dueDate) {

}
