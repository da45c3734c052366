package io.gongxin.measures;

import java.time.LocalDate;

/**
 * The feedback the check asks for (联合奖惩反馈): a task in the department's inbox, due in
 * working days.
 */
public record Ticket(long taskId, LocalDate due, int workingDays) {
}
