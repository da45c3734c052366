package io.gongxin.inbox;

import java.time.LocalDate;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;

/**
 * An unfinished task reaches its due date within the reminder period (sent once per
 * task).
 */
@PublishedEvent(title = "任务即将到期",
		summary = "An unfinished task reaches its due date within the reminder period (sent once per task).",
		audience = { EventAudience.PLATFORM, EventAudience.OWN_DEPARTMENT, EventAudience.CREDIT_OFFICE },
		externalType = "inbox.task-due-soon")
public record TaskDueSoon(long taskId, String typeCode, String typeName, String departmentCode, String title,
		String sourceRef, LocalDate dueDate) {

}
