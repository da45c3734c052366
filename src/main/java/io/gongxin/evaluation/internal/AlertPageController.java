package io.gongxin.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.evaluation.AlertState;
import io.gongxin.evaluation.InterviewKind;
import io.gongxin.evaluation.RiskAlerts;
import io.gongxin.platform.PageOutcome;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.DepartmentScope;
import io.gongxin.security.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The risk-alert desk: a department's alerts with signing, interviews and follow-up; the
 * credit office's view of all alerts and the 重点关注名单 suggestions it decides.
 */
@Controller
class AlertPageController {

	private final RiskAlerts alerts;

	private final DepartmentScope scope;

	private final Clock clock;

	AlertPageController(RiskAlerts alerts, DepartmentScope scope, Clock clock) {
		this.alerts = alerts;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping("/evaluation/alerts")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String desk(@RequestParam(required = false) AlertState state, @RequestParam(required = false) Long before,
			Model page) {
		boolean officer = CurrentActor.get().map(actor -> actor.role() == Role.OFFICER).orElse(false);
		page.addAttribute("alerts", this.alerts.page(this.scope.listed(null), state, before, 30));
		page.addAttribute("state", state);
		page.addAttribute("states", List.of(AlertState.values()));
		page.addAttribute("kinds", List.of(InterviewKind.values()));
		page.addAttribute("suggestions", officer ? this.alerts.pendingSuggestions(50) : List.of());
		page.addAttribute("officer", officer);
		page.addAttribute("today", LocalDate.now(this.clock));
		return "evaluation/alerts";
	}

	@PostMapping("/evaluation/alerts/{id}/acknowledgement")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	String acknowledge(@PathVariable long id, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "/evaluation/alerts#alert-" + id, () -> {
			this.alerts.acknowledge(id);
			return "已签收预警 " + id + "。";
		});
	}

	@PostMapping("/evaluation/alerts/{id}/interviews")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	String interview(@PathVariable long id, @RequestParam InterviewKind kind, @RequestParam LocalDate heldOn,
			@RequestParam(defaultValue = "") String interviewee, @RequestParam(defaultValue = "") String outcome,
			RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/evaluation/alerts#alert-" + id, () -> {
			this.alerts.interview(id, kind, heldOn, interviewee, outcome);
			return "已记录" + kind.label() + "。";
		});
	}

	@PostMapping("/evaluation/alerts/{id}/resolution")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	String resolve(@PathVariable long id, @RequestParam(defaultValue = "") String followUp,
			RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/evaluation/alerts", () -> {
			this.alerts.resolve(id, followUp);
			return "预警 " + id + " 已处置完毕。";
		});
	}

	@PostMapping("/evaluation/alerts/{id}/suggestion-decision")
	@PreAuthorize("hasRole('OFFICER')")
	String decide(@PathVariable long id, @RequestParam boolean accept, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/evaluation/alerts#suggestions", () -> {
			this.alerts.decideSuggestion(id, accept, note);
			return accept ? "已建议部门依规认定是否列入重点关注名单（不自动列入）。" : "已决定不予列入。";
		});
	}

}
