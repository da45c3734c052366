package io.gongxin.evaluation.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.evaluation.InspectionResult;
import io.gongxin.evaluation.PublicInspection;
import io.gongxin.evaluation.SamplingPlan;
import io.gongxin.evaluation.SamplingPlans;

import io.gongxin.security.DepartmentScope;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 双随机 plans over the API: a department announces, draws and records results of its own
 * plans; the credit office sees all; the public reads the announcements, seeds and
 * results (一公开).
 */
@RestController
class SamplingController {

	private final SamplingPlans plans;

	private final Organisations organisations;

	private final DepartmentScope scope;

	SamplingController(SamplingPlans plans, Organisations organisations, DepartmentScope scope) {
		this.plans = plans;
		this.organisations = organisations;
		this.scope = scope;
	}

	record ResultRequest(String subjectCode, InspectionResult result, LocalDate inspectedOn, String note) {
	}

	@PostMapping("/api/sampling-plans")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	@ResponseStatus(HttpStatus.CREATED)
	SamplingPlan announce(@RequestBody SamplingPlans.Announcement request) {
		String department = this.scope.listed(request.departmentCode());
		return this.plans.announce(new SamplingPlans.Announcement(department, request.taskName(), request.field(),
				request.modelCode(), request.regionPrefix(), request.ratios(), request.inspectors(),
				request.inspectorsPerSubject()));
	}

	@GetMapping("/api/sampling-plans")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<SamplingPlan> list(@RequestParam(required = false) String department,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "20") int limit) {
		return this.plans.page(this.scope.listed(department), before, limit);
	}

	@GetMapping("/api/sampling-plans/{id}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	SamplingPlan get(@PathVariable long id) {
		return this.plans.get(id);
	}

	@PostMapping("/api/sampling-plans/{id}/draw")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	SamplingPlan draw(@PathVariable long id) {
		return this.plans.draw(id);
	}

	@GetMapping("/api/sampling-plans/{id}/verification")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	SamplingPlans.Verification verify(@PathVariable long id) {
		return this.plans.verify(id);
	}

	@PostMapping("/api/sampling-plans/{id}/results")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	@ResponseStatus(HttpStatus.CREATED)
	SamplingPlan.Member result(@PathVariable long id, @RequestBody ResultRequest request) {
		return this.plans.recordResult(id, request.subjectCode(), request.result(), request.inspectedOn(),
				request.note());
	}

	@GetMapping("/api/public/inspections")
	@PreAuthorize("permitAll()")
	List<PublicInspection> publicPlans(@RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "20") int limit) {
		return this.plans.publicPage(before, limit);
	}

}
