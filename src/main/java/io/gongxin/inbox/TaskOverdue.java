package io.gongxin.inbox;

import java.time.LocalDate;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;

/** An unfinished task passed its due date (sent once per task). */
@PublishedEvent(title = "任务已逾期", summary = "An unfinished task passed its due date (sent once per task).",
		audience = { EventAudience.PLATFORM, EventAudience.OWN_DEPARTMENT, EventAudience.CREDIT_OFFICE },
		externalType = "inbox.task-overdue")
public record TaskOverdue(long taskId, String typeCode, String typeName, String departmentCode, String title,
		String sourceRef, LocalDate dueDate) {

}
