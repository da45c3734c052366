package io.gongxin.inbox.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.calendar.WorkingDays;
import io.gongxin.inbox.Task;
import io.gongxin.inbox.TaskDueSoon;
import io.gongxin.inbox.TaskOverdue;
import io.gongxin.platform.DomainException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once per task: a reminder when its due date comes within the reminder period, and a
 * notice when it becomes overdue. The flags are set in the same transaction as the events
 * are published, so a restart never repeats or loses one.
 */
@Component
public class ReminderSweep {

	private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

	private final TaskStore store;

	private final WorkingDays workingDays;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int remindBefore;

	ReminderSweep(TaskStore store, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock,
			@Value("${gongxin.inbox.remind-before-working-days:1}") int remindBefore) {
		this.store = store;
		this.workingDays = workingDays;
		this.events = events;
		this.clock = clock;
		this.remindBefore = remindBefore;
	}

	@Scheduled(cron = "${gongxin.inbox.sweep-cron:0 0 8 * * *}", zone = "${gongxin.time-zone:Asia/Shanghai}")
	void scheduled() {
		try {
			sweep();
		}
		catch (DomainException ex) {
			log.warn("Inbox reminders skipped: {}", ex.getMessage());
		}
	}

	/** Returns how many reminders and overdue notices were sent. */
	@Transactional
	public int sweep() {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate latest = CountedDays.within(this.workingDays, today, this.remindBefore);
		int sent = 0;
		List<Task> due;
		while (!(due = this.store.toRemind(today, latest, 500)).isEmpty()) {
			for (Task task : due) {
				if (this.store.markReminded(task.id(), this.clock.instant())) {
					this.events.publishEvent(new TaskDueSoon(task.id(), task.typeCode(), task.typeName(),
							task.departmentCode(), task.title(), task.sourceRef(), task.dueDate()));
					sent++;
				}
			}
		}
		List<Task> overdue;
		while (!(overdue = this.store.newlyOverdue(today, 500)).isEmpty()) {
			for (Task task : overdue) {
				if (this.store.markOverdueNotified(task.id(), this.clock.instant())) {
					this.events.publishEvent(new TaskOverdue(task.id(), task.typeCode(), task.typeName(),
							task.departmentCode(), task.title(), task.sourceRef(), task.dueDate()));
					sent++;
				}
			}
		}
		return sent;
	}

}
