package io.gongxin.inbox.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import io.gongxin.calendar.WorkingDays;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.Task;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PageOutcome;
import io.gongxin.provider.Providers;
import io.gongxin.security.Actor;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.DepartmentScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inbox pages: a department's desk, and the credit office's overview. */
@Controller
@RequestMapping("/inbox")
class InboxPageController {

	private final Inbox inbox;

	private final DepartmentScope scope;

	private final Providers providers;

	private final WorkingDays workingDays;

	private final Clock clock;

	InboxPageController(Inbox inbox, DepartmentScope scope, Providers providers, WorkingDays workingDays, Clock clock) {
		this.inbox = inbox;
		this.scope = scope;
		this.providers = providers;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	@GetMapping
	@PreAuthorize(InboxController.DESKS)
	String desk(@RequestParam(required = false) String department, Model model) {
		Actor actor = CurrentActor.get().orElseThrow();
		String code = (department != null && !department.isBlank()) ? department : actor.departmentCode();
		if (code == null) {
			return "redirect:/inbox/overview";
		}
		this.scope.require(code);
		LocalDate today = this.inbox.today();
		model.addAttribute("department", code);
		model.addAttribute("departmentName", this.providers.find(code).map(p -> p.name()).orElse(code));
		model.addAttribute("overdue", this.inbox.overdue(code, 200));
		model.addAttribute("nearDue", this.inbox.nearDue(code, 200));
		model.addAttribute("open", this.inbox.unfinished(code, null, 200));
		model.addAttribute("done", this.inbox.finished(code, null, 50));
		model.addAttribute("statistics", this.inbox.statistics(code, today.withDayOfYear(1), today));
		model.addAttribute("today", today);
		model.addAttribute("view", this);
		return "inbox/desk";
	}

	@GetMapping("/overview")
	@PreAuthorize(InboxController.OFFICE)
	String overview(Model model) {
		LocalDate today = this.inbox.today();
		var backlog = this.inbox.backlog();
		model.addAttribute("backlog", backlog);
		model.addAttribute("names", backlog.stream()
			.collect(java.util.stream.Collectors.toMap(b -> b.departmentCode(), b -> b.departmentName())));
		model.addAttribute("overdue", this.inbox.overdue(null, 200));
		model.addAttribute("statistics", this.inbox.statistics(null, today.withDayOfYear(1), today));
		model.addAttribute("today", today);
		model.addAttribute("view", this);
		return "inbox/overview";
	}

	@PostMapping("/tasks/{id}/start")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'ADMIN')")
	String start(@PathVariable long id, RedirectAttributes redirect) {
		Task task = scoped(id);
		this.inbox.start(id, null);
		redirect.addFlashAttribute("notice", "已开始办理：" + task.title());
		return "redirect:/inbox?department=" + task.departmentCode();
	}

	@PostMapping("/tasks/{id}/complete")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'ADMIN')")
	String complete(@PathVariable long id, @RequestParam(defaultValue = "") String outcome,
			RedirectAttributes redirect) {
		Task task = scoped(id);
		return PageOutcome.form(redirect, "/inbox?department=" + task.departmentCode(),
				Map.of(PageOutcome.ANY_INPUT_PROBLEM, "outcome"), () -> {
					Task done = this.inbox.complete(id, outcome);
					return "已办结：" + task.title() + (done.onTime() ? "（按期）" : "（逾期）");
				});
	}

	private Task scoped(long id) {
		Task task = this.inbox.task(id);
		this.scope.require(task.departmentCode());
		return task;
	}

	/** Working days left until the due date (negative when overdue), for the page. */
	public String left(Task task) {
		LocalDate today = LocalDate.now(this.clock);
		if (task.duePending()) {
			return "期限待定（所跨年度节假日安排尚未载入）";
		}
		try {
			if (task.overdueOn(today)) {
				return "已逾期 " + this.workingDays.workingDaysBetween(task.dueDate(), today) + " 个工作日";
			}
			int left = this.workingDays.workingDaysBetween(today, task.dueDate());
			return (left == 0) ? "今日到期" : "剩余 " + left + " 个工作日";
		}
		catch (DomainException ex) {
			return "—";
		}
	}

	/**
	 * The subject with its code: only the owning department and the credit office see a
	 * desk.
	 */
	public String subject(Task task) {
		if (task.subjectName() == null) {
			return "—";
		}
		String code = task.subjectCode();
		if (code == null) {
			return task.subjectName();
		}
		return task.subjectName() + "（" + code + "）";
	}

}
