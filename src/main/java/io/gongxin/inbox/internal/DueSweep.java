package io.gongxin.inbox.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.inbox.Task;
import io.gongxin.platform.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a due day to the tasks opened while a year their period runs into had no loaded
 * holiday notice (late in a year, before the State Council's notice for the next one is
 * loaded): once an administrator loads it, each gets the day its rule counts from its
 * start, audited; reminders and overdue notices then follow as for any task.
 */
@Component
public class DueSweep {

	private static final Logger log = LoggerFactory.getLogger(DueSweep.class);

	private static final int PAGE = 500;

	private final TaskStore store;

	private final WorkingDays workingDays;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	DueSweep(TaskStore store, WorkingDays workingDays, AuditLog audit, TransactionTemplate transactions) {
		this.store = store;
		this.workingDays = workingDays;
		this.audit = audit;
		this.transactions = transactions;
	}

	@Scheduled(initialDelayString = "${gongxin.inbox.due-sweep:PT10M}",
			fixedDelayString = "${gongxin.inbox.due-sweep:PT10M}")
	void scheduled() {
		try {
			SystemActor.runAs("inbox-due-days", this::setDues);
		}
		catch (RuntimeException ex) {
			log.warn("Setting the due days of tasks failed: {}", ex.toString());
		}
	}

	/**
	 * Sets the due day of every task whose period can now be counted; returns how many.
	 */
	public int setDues() {
		int set = 0;
		long after = 0;
		List<Task> page;
		do {
			page = this.store.withoutDue(after, PAGE);
			for (Task task : page) {
				Optional<LocalDate> due = this.workingDays.addWorkingDaysIfCovered(task.startDate(),
						task.workingDays());
				if (due.isPresent() && Boolean.TRUE.equals(this.transactions.execute(status -> set(task, due.get())))) {
					set++;
				}
			}
			after = page.isEmpty() ? after : page.get(page.size() - 1).id();
		}
		while (page.size() == PAGE);
		if (set > 0) {
			log.info("Set the due day of {} task(s) whose period can now be counted", set);
		}
		return set;
	}

	private boolean set(Task task, LocalDate due) {
		if (!this.store.setDue(task.id(), due)) {
			return false;
		}
		this.audit.record(AuditEntry.change("inbox.task.due", "inbox-task", Long.toString(task.id()))
			.before("pending")
			.after(due.toString())
			.details(task.workingDays() + " 个工作日，自 " + task.startDate() + " 起算；节假日安排载入后确定"));
		return true;
	}

}
