/**
 * Department inbox (待办): tasks a capability puts on a department's desk with a statutory
 * deadline counted in working days, reminders before the due date, overdue and near-due
 * lists, and statistics of work done on time. The credit office sees every department's
 * backlog.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox",
		allowedDependencies = { "audit", "calendar", "platform", "provider", "security" })
package io.gongxin.inbox;
