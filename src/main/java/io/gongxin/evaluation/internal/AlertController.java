package io.gongxin.evaluation.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.evaluation.AlertState;
import io.gongxin.evaluation.InterviewKind;
import io.gongxin.evaluation.RiskAlert;
import io.gongxin.evaluation.RiskAlerts;

import io.gongxin.security.DepartmentScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Risk alerts over the API: a department works its own (sign, interview, resolve); the
 * credit office sees all and decides the suggested 重点关注名单 entries.
 */
@RestController
class AlertController {

	private final RiskAlerts alerts;

	private final Organisations organisations;

	private final DepartmentScope scope;

	AlertController(RiskAlerts alerts, Organisations organisations, DepartmentScope scope) {
		this.alerts = alerts;
		this.organisations = organisations;
		this.scope = scope;
	}

	record InterviewRequest(InterviewKind kind, LocalDate heldOn, String interviewee, String outcome) {
	}

	record Resolution(String followUp) {
	}

	record Decision(boolean accept, String note) {
	}

	@GetMapping("/api/evaluation/alerts")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<RiskAlert> list(@RequestParam(required = false) String department,
			@RequestParam(required = false) AlertState state, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "50") int limit) {
		return this.alerts.page(this.scope.listed(department), state, before, limit);
	}

	@GetMapping("/api/evaluation/alerts/{id}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	RiskAlert get(@PathVariable long id) {
		return this.alerts.get(id);
	}

	@PostMapping("/api/evaluation/alerts/{id}/acknowledgement")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	RiskAlert acknowledge(@PathVariable long id) {
		return this.alerts.acknowledge(id);
	}

	@PostMapping("/api/evaluation/alerts/{id}/interviews")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	RiskAlert interview(@PathVariable long id, @RequestBody InterviewRequest request) {
		return this.alerts.interview(id, request.kind(), request.heldOn(), request.interviewee(), request.outcome());
	}

	@PostMapping("/api/evaluation/alerts/{id}/resolution")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	RiskAlert resolve(@PathVariable long id, @RequestBody Resolution resolution) {
		return this.alerts.resolve(id, resolution.followUp());
	}

	@GetMapping("/api/evaluation/watch-list-suggestions")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	List<RiskAlert> suggestions() {
		return this.alerts.pendingSuggestions(200);
	}

	@PostMapping("/api/evaluation/alerts/{id}/suggestion-decision")
	@PreAuthorize("hasRole('OFFICER')")
	RiskAlert decide(@PathVariable long id, @RequestBody Decision decision) {
		return this.alerts.decideSuggestion(id, decision.accept(), decision.note());
	}

}
