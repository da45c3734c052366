package io.gongxin.inbox.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.inbox.DepartmentBacklog;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.Task;
import io.gongxin.inbox.TaskChange;
import io.gongxin.inbox.TaskStatistics;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.security.Actor;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.DepartmentScope;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inbox API: a department's tasks and the credit office's overview. */
@RestController
@RequestMapping("/api/inbox")
class InboxController {

	static final String DESKS = "hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')";

	static final String OFFICE = "hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')";

	static final String OFFICE_ACTS = "hasAnyRole('OFFICER', 'ADMIN')";

	private final Inbox inbox;

	private final DepartmentScope scope;

	InboxController(Inbox inbox, DepartmentScope scope) {
		this.inbox = inbox;
		this.scope = scope;
	}

	@GetMapping("/tasks")
	@PreAuthorize(DESKS)
	List<Task> tasks(@RequestParam(required = false) String department,
			@RequestParam(defaultValue = "false") boolean finished, @RequestParam(defaultValue = "100") int limit) {
		String code = department(department);
		return finished ? this.inbox.finished(code, null, limit) : this.inbox.unfinished(code, null, limit);
	}

	@GetMapping("/overdue")
	@PreAuthorize(DESKS)
	List<Task> overdue(@RequestParam(required = false) String department,
			@RequestParam(defaultValue = "100") int limit) {
		return this.inbox.overdue(departmentOrAll(department), limit);
	}

	@GetMapping("/near-due")
	@PreAuthorize(DESKS)
	List<Task> nearDue(@RequestParam(required = false) String department,
			@RequestParam(defaultValue = "100") int limit) {
		return this.inbox.nearDue(departmentOrAll(department), limit);
	}

	@GetMapping("/tasks/{id}")
	@PreAuthorize(DESKS)
	Task task(@PathVariable long id) {
		return scoped(id);
	}

	@GetMapping("/tasks/{id}/history")
	@PreAuthorize(DESKS)
	List<TaskChange> history(@PathVariable long id) {
		scoped(id);
		return this.inbox.history(id);
	}

	@PostMapping("/tasks/{id}/start")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'ADMIN')")
	Task start(@PathVariable long id, @RequestBody(required = false) Note body) {
		scoped(id);
		return this.inbox.start(id, (body == null) ? null : body.note());
	}

	@PostMapping("/tasks/{id}/complete")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'ADMIN')")
	Task complete(@PathVariable long id, @RequestBody Note body) {
		scoped(id);
		return this.inbox.complete(id, body.note());
	}

	@PostMapping("/tasks/{id}/cancel")
	@PreAuthorize(OFFICE_ACTS)
	Task cancel(@PathVariable long id, @RequestBody Note body) {
		return this.inbox.cancel(id, body.note());
	}

	@PostMapping("/tasks/{id}/reassign")
	@PreAuthorize(OFFICE_ACTS)
	Task reassign(@PathVariable long id, @RequestBody Reassignment body) {
		return this.inbox.reassign(id, body.department(), body.reason());
	}

	@GetMapping("/backlog")
	@PreAuthorize(OFFICE)
	List<DepartmentBacklog> backlog() {
		return this.inbox.backlog();
	}

	@GetMapping("/statistics")
	@PreAuthorize(DESKS)
	List<TaskStatistics> statistics(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String department) {
		LocalDate until = (to != null) ? to : this.inbox.today();
		return this.inbox.statistics(departmentOrAll(department), (from != null) ? from : until.withDayOfYear(1),
				until);
	}

	/** The task, if the caller may see its department's desk. */
	private Task scoped(long id) {
		Task task = this.inbox.task(id);
		this.scope.require(task.departmentCode());
		return task;
	}

	/** A clerk's own department; the office names one. */
	private String department(String requested) {
		Actor actor = CurrentActor.get().orElseThrow();
		String code = (requested != null && !requested.isBlank()) ? requested : actor.departmentCode();
		if (code == null) {
			throw new DomainException("GX-INB-006", ProblemKind.BAD_REQUEST,
					"Name the department whose tasks to list.");
		}
		this.scope.require(code);
		return code;
	}

	/** A clerk's own department; the office may leave it open for all. */
	private String departmentOrAll(String requested) {
		Actor actor = CurrentActor.get().orElseThrow();
		if ((requested == null || requested.isBlank()) && actor.departmentCode() == null) {
			return null;
		}
		return department(requested);
	}

	record Note(String note) {
	}

	record Reassignment(String department, String reason) {
	}

}
