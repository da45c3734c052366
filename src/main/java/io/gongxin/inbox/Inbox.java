package io.gongxin.inbox;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.inbox.internal.ReminderSweep;
import io.gongxin.inbox.internal.TaskOpenings;
import io.gongxin.inbox.internal.TaskStore;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.provider.Providers;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department inbox (待办). Capabilities open tasks here inside their own transaction (a
 * source opens one task, so retrying is safe); departments start and finish them; the
 * credit office sees every department's backlog.
 */
@Service
public class Inbox {

	private final TaskStore store;

	private final ReminderSweep reminders;

	private final TaskOpenings openings;

	private final WorkingDays workingDays;

	private final Providers providers;

	private final ApplicationEventPublisher events;

	private final AuditLog audit;

	private final Clock clock;

	private final int nearDueWorkingDays;

	Inbox(TaskStore store, ReminderSweep reminders, TaskOpenings openings, WorkingDays workingDays, Providers providers,
			ApplicationEventPublisher events, AuditLog audit, Clock clock,
			@Value("${gongxin.inbox.near-due-working-days:2}") int nearDueWorkingDays) {
		this.store = store;
		this.reminders = reminders;
		this.openings = openings;
		this.workingDays = workingDays;
		this.providers = providers;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.nearDueWorkingDays = nearDueWorkingDays;
	}

	/**
	 * Puts the task on its department's desk with its due date from the calendar; returns
	 * the task its source already opened, if any.
	 */
	@Transactional
	public Task open(NewTask task) {
		return openAll(List.of(task)).get(0);
	}

	/**
	 * Opens a group of tasks in one go (a capability that follows up many of its own
	 * actions at once): the tasks in the order given, each the one its source already
	 * opened where there is one. One read, one insert and one audit append serve the
	 * group; every newly opened task is still announced with its own {@link TaskOpened}.
	 */
	@Transactional
	public List<Task> openAll(List<NewTask> tasks) {
		return this.openings.open(tasks, today());
	}

	@Transactional
	public Task start(long id, String note) {
		return move(id, TaskState.IN_PROGRESS, null, note, null);
	}

	/** Done, with what was done; on time when today is not after the due date. */
	@Transactional
	public Task complete(long id, String outcome) {
		if (outcome == null || outcome.isBlank()) {
			throw new DomainException("GX-INB-005", ProblemKind.BAD_REQUEST, "Say what was done to finish the task.");
		}
		Task done = move(id, TaskState.DONE, null, outcome, outcome);
		this.events.publishEvent(new TaskCompleted(done.id(), done.typeCode(), done.typeName(), done.departmentCode(),
				done.title(), done.sourceRef(), done.dueDate(), done.finishedOn(), done.onTime(), done.outcome()));
		return done;
	}

	@Transactional
	public Task cancel(long id, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new DomainException("GX-INB-005", ProblemKind.BAD_REQUEST, "Say why the task is cancelled.");
		}
		return move(id, TaskState.CANCELLED, null, reason, reason);
	}

	/**
	 * Extends an unfinished task by working days counted from its current due date, where
	 * its rule allows (a complex case, a check that takes longer), with the reason.
	 */
	@Transactional
	public Task extend(long id, int workingDays, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new DomainException("GX-INB-005", ProblemKind.BAD_REQUEST, "Say why the deadline is extended.");
		}
		Task task = require(id);
		// a task opened without a due day counts it again: GX-CAL-001 while its year is
		// still not covered
		LocalDate current = (task.dueDate() != null) ? task.dueDate()
				: this.workingDays.addWorkingDays(task.startDate(), task.workingDays());
		LocalDate due = this.workingDays.addWorkingDays(current, workingDays);
		if (task.state().finished() || !this.store.extend(id, due)) {
			throw refused(task, task.state().refusal(TaskState.OPEN).orElse("The task is finished."));
		}
		this.store.history(id, this.clock.instant(), ActingUser.currentName(), task.state(), task.state(),
				"延长办理时限至 " + due + "：" + reason.strip());
		this.audit.record(AuditEntry.change("inbox.task.extend", "inbox-task", Long.toString(id))
			.before(current.toString())
			.after(due.toString())
			.details(reason.strip()));
		return require(id);
	}

	/**
	 * Hands the task to another department (credit office only, checked by the caller).
	 */
	@Transactional
	public Task reassign(long id, String departmentCode, String reason) {
		if (this.providers.find(departmentCode).isEmpty()) {
			throw new DomainException("GX-INB-002", ProblemKind.RULE_VIOLATION,
					"A task must belong to a registered department.",
					Map.of("department", String.valueOf(departmentCode)));
		}
		Task task = require(id);
		if (task.state().finished()) {
			throw refused(task, task.state().refusal(TaskState.OPEN).orElseThrow());
		}
		this.store.move(id, task.state(), task.state(), departmentCode, null, null, this.clock.instant(),
				ActingUser.currentName(), "转交 " + departmentCode + "：" + reason);
		this.audit.record(AuditEntry.change("inbox.task.reassign", "inbox-task", Long.toString(id))
			.before(task.departmentCode())
			.after(departmentCode)
			.details(reason));
		return require(id);
	}

	/**
	 * Sends the due reminders and overdue notices (once per task); runs every morning on
	 * its own, and returns how many were sent.
	 */
	public int sendReminders() {
		return this.reminders.sweep();
	}

	public Task task(long id) {
		return require(id);
	}

	/** The task a source opened, if it opened one. */
	public Optional<Task> bySource(String sourceRef) {
		return this.store.bySource(sourceRef);
	}

	/**
	 * Finishes the task a source opened when the work it stood for was done through its
	 * capability (an objection answered, a repair decided); nothing when there is none or
	 * it is finished already.
	 */
	@Transactional
	public Optional<Task> completeSource(String sourceRef, String outcome) {
		Optional<Task> task = this.store.bySource(sourceRef);
		if (task.isEmpty() || task.get().state().finished()) {
			return task;
		}
		return Optional.of(complete(task.get().id(), outcome));
	}

	public List<TaskChange> history(long id) {
		require(id);
		return this.store.historyOf(id);
	}

	/**
	 * A department's unfinished tasks, soonest due first; pass the last task seen for
	 * more.
	 */
	public List<Task> unfinished(String departmentCode, Task after, int limit) {
		return this.store.ofDepartment(departmentCode, List.of(TaskState.OPEN, TaskState.IN_PROGRESS),
				(after == null) ? LocalDate.MIN.withYear(1) : after.dueDate(), (after == null) ? 0 : after.id(),
				clamp(limit));
	}

	/** A department's finished tasks (done or cancelled). */
	public List<Task> finished(String departmentCode, Task after, int limit) {
		return this.store.ofDepartment(departmentCode, List.of(TaskState.DONE, TaskState.CANCELLED),
				(after == null) ? LocalDate.MIN.withYear(1) : after.dueDate(), (after == null) ? 0 : after.id(),
				clamp(limit));
	}

	/** Unfinished tasks past their due date; {@code null} department for all. */
	public List<Task> overdue(String departmentCode, int limit) {
		return this.store.dueBetween(departmentCode, LocalDate.of(1, 1, 1), today().minusDays(1), clamp(limit));
	}

	/**
	 * Unfinished tasks due from today to the end of the near-due period (in working
	 * days).
	 */
	public List<Task> nearDue(String departmentCode, int limit) {
		LocalDate today = today();
		return this.store.dueBetween(departmentCode, today, nearDueUntil(today), clamp(limit));
	}

	/** Every department with unfinished work, for the credit office. */
	public List<DepartmentBacklog> backlog() {
		LocalDate today = today();
		return this.store.backlog(today, nearDueUntil(today))
			.stream()
			.map(line -> line
				.named(this.providers.find(line.departmentCode()).map(p -> p.name()).orElse(line.departmentCode())))
			.toList();
	}

	/**
	 * Per task type: done in [from, to], done on time, and the average working days from
	 * start to done; {@code null} department for all.
	 */
	public List<TaskStatistics> statistics(String departmentCode, LocalDate from, LocalDate to) {
		Map<String, long[]> sums = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		long after = 0;
		while (true) {
			List<Task> page = this.store.doneBetween(departmentCode, from, to, after, 1000);
			for (Task task : page) {
				long[] sum = sums.computeIfAbsent(task.typeCode(), code -> new long[3]);
				sum[0]++;
				sum[1] += task.onTime() ? 1 : 0;
				sum[2] += this.workingDays.workingDaysBetween(task.startDate(), task.finishedOn());
				names.putIfAbsent(task.typeCode(), task.typeName());
			}
			if (page.size() < 1000) {
				break;
			}
			after = page.get(page.size() - 1).id();
		}
		List<TaskStatistics> out = new ArrayList<>();
		sums.forEach((code, sum) -> out.add(new TaskStatistics(code, names.get(code), sum[0], sum[1],
				BigDecimal.valueOf(sum[2]).divide(BigDecimal.valueOf(sum[0]), 1, RoundingMode.HALF_UP))));
		return out;
	}

	/** The last day of the near-due period starting today. */
	public LocalDate nearDueUntil(LocalDate today) {
		return io.gongxin.inbox.internal.CountedDays.within(this.workingDays, today, this.nearDueWorkingDays);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private Task move(long id, TaskState to, String department, String note, String outcome) {
		Task task = require(id);
		Optional<String> refusal = task.state().refusal(to);
		if (refusal.isPresent()) {
			throw refused(task, refusal.get());
		}
		LocalDate finishedOn = to.finished() ? today() : null;
		if (!this.store.move(id, task.state(), to, (department != null) ? department : task.departmentCode(),
				finishedOn, outcome, this.clock.instant(), ActingUser.currentName(), note)) {
			throw new DomainException("GX-INB-004", ProblemKind.CONFLICT,
					"The task was changed by someone else meanwhile; reload it.", Map.of("task", Long.toString(id)));
		}
		this.audit.record(AuditEntry
			.change("inbox.task." + to.name().toLowerCase(java.util.Locale.ROOT), "inbox-task", Long.toString(id))
			.before(task.state().name())
			.after(to.name())
			.details(note));
		return require(id);
	}

	private Task require(long id) {
		return this.store.find(id)
			.orElseThrow(() -> new DomainException("GX-INB-001", ProblemKind.NOT_FOUND, "No such task.",
					Map.of("task", Long.toString(id))));
	}

	private static DomainException refused(Task task, String reason) {
		return new DomainException("GX-INB-003", ProblemKind.CONFLICT, reason,
				Map.of("task", Long.toString(task.id()), "state", task.state().name()));
	}

	private static int clamp(int limit) {
		return Math.max(1, Math.min(limit, 500));
	}

}
