package io.gongxin.inbox.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.audit.AttributedEntry;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.audit.AuditOrigin;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.inbox.NewTask;
import io.gongxin.inbox.Task;
import io.gongxin.inbox.TaskOpened;
import io.gongxin.inbox.TaskState;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.provider.Providers;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Opens a group of tasks in one go, inside the caller's transaction (the inbox facade's
 * {@code open} and {@code openAll}): one read of the sources, one insert, one history
 * insert and one audit append serve the group, and every newly opened task is still
 * announced with its own {@link TaskOpened}.
 */
@Component
public class TaskOpenings {

	private final TaskStore store;

	private final Providers providers;

	private final WorkingDays workingDays;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TaskOpenings(TaskStore store, Providers providers, WorkingDays workingDays, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.providers = providers;
		this.workingDays = workingDays;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The tasks in the order given, each the one its source already opened where there is
	 * one; a task without a start date starts {@code today}.
	 */
	public List<Task> open(List<NewTask> tasks, LocalDate today) {
		List<String> sources = tasks.stream().map(NewTask::sourceRef).distinct().toList();
		Map<String, Task> bySource = new LinkedHashMap<>();
		this.store.bySources(sources).forEach(task -> bySource.put(task.sourceRef(), task));
		List<TaskStore.Opening> openings = new ArrayList<>();
		Map<String, LocalDate> dues = new HashMap<>();
		Set<String> departments = new HashSet<>();
		Set<String> seen = new HashSet<>(bySource.keySet());
		for (NewTask task : tasks) {
			if (!seen.add(task.sourceRef())) {
				continue;
			}
			if (departments.add(task.departmentCode()) && this.providers.find(task.departmentCode()).isEmpty()) {
				throw new DomainException("GX-INB-002", ProblemKind.RULE_VIOLATION,
						"A task must belong to a registered department.", Map.of("department", task.departmentCode()));
			}
			LocalDate start = (task.startDate() != null) ? task.startDate() : today;
			// no due day while a year the period runs into has no loaded notice
			LocalDate due = dues.computeIfAbsent(task.type().code() + "/" + start,
					key -> this.workingDays.addWorkingDaysIfCovered(start, task.type().workingDays()).orElse(null));
			openings.add(new TaskStore.Opening(task, start, due));
		}
		if (!openings.isEmpty()) {
			Instant now = this.clock.instant();
			List<Task> opened = this.store.insertAll(openings, now);
			this.store.historyAll(opened.stream().map(Task::id).toList(), now, ActingUser.currentName(),
					TaskState.OPEN);
			List<AttributedEntry> records = new ArrayList<>(opened.size());
			AuditOrigin origin = AuditOrigin.current(this.clock);
			for (Task task : opened) {
				bySource.put(task.sourceRef(), task);
				records.add(
						new AttributedEntry(AuditEntry.change("inbox.task.open", "inbox-task", Long.toString(task.id()))
							.after(task.typeCode() + " " + task.departmentCode() + " due "
									+ ((task.dueDate() != null) ? task.dueDate() : "pending"))
							.details(task.sourceRef()), origin));
			}
			this.audit.recordAll(records);
			for (Task task : opened) {
				this.events.publishEvent(new TaskOpened(task.id(), task.typeCode(), task.typeName(),
						task.departmentCode(), task.title(), task.sourceRef(), task.dueDate()));
			}
			if (opened.size() < openings.size()) {
				// another transaction opened some of the same sources meanwhile
				this.store
					.bySources(openings.stream()
						.map(opening -> opening.task().sourceRef())
						.filter(source -> !bySource.containsKey(source))
						.toList())
					.forEach(task -> bySource.put(task.sourceRef(), task));
			}
		}
		List<Task> result = new ArrayList<>(tasks.size());
		for (NewTask task : tasks) {
			Task one = bySource.get(task.sourceRef());
			if (one == null) {
				throw new DomainException("GX-INB-004", ProblemKind.CONFLICT,
						"Another task was opened for the same source at the same time; try again.");
			}
			result.add(one);
		}
		return result;
	}

}
