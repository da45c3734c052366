package io.gongxin.remedy.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.remedy.BankruptcyPlan;
import io.gongxin.remedy.BankruptcyPlans;
import io.gongxin.subject.SubjectId;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Court rulings on reorganisation plans and settlements, as the credit office records
 * them.
 */
@RestController
class BankruptcyController {

	private final BankruptcyPlans plans;

	BankruptcyController(BankruptcyPlans plans) {
		this.plans = plans;
	}

	record Ruling(String uscc, BankruptcyPlan.Kind kind, String court, String rulingNumber, LocalDate approvedOn) {
	}

	record Ending(LocalDate endedOn, String reason) {
	}

	@PostMapping("/api/bankruptcy-plans")
	@PreAuthorize("hasRole('OFFICER')")
	@ResponseStatus(HttpStatus.CREATED)
	BankruptcyPlan record(@RequestBody Ruling ruling) {
		return this.plans.record(ruling.uscc(), ruling.kind(), ruling.court(), ruling.rulingNumber(),
				ruling.approvedOn());
	}

	@PostMapping("/api/bankruptcy-plans/{id}/end")
	@PreAuthorize("hasRole('OFFICER')")
	BankruptcyPlan end(@PathVariable long id, @RequestBody Ending ending) {
		return this.plans.end(id, ending.endedOn(), ending.reason());
	}

	@GetMapping("/api/bankruptcy-plans/subjects/{subjectId}")
	@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
	List<BankruptcyPlan> ofSubject(@PathVariable long subjectId) {
		return this.plans.ofSubject(new SubjectId(subjectId));
	}

}
