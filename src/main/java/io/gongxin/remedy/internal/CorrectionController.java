package io.gongxin.remedy.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.remedy.CaseStep;
import io.gongxin.remedy.Correction;
import io.gongxin.remedy.CorrectionState;
import io.gongxin.remedy.Corrections;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.Role;

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
 * Corrections (勘误) as JSON: a department opens them for its own records and files them;
 * the credit office opens them for any record and follows every department's.
 */
@RestController
class CorrectionController {

	private final Corrections corrections;

	private final Applicants applicants;

	CorrectionController(Corrections corrections, Applicants applicants) {
		this.corrections = corrections;
		this.applicants = applicants;
	}

	record Opening(long recordId, String finding) {
	}

	record Filing(Integer version, CorrectionState outcome, String explanation, Map<String, String> corrected) {
	}

	@PostMapping("/api/corrections")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	@ResponseStatus(HttpStatus.CREATED)
	Correction open(@RequestBody Opening opening) {
		this.applicants.record(opening.recordId());
		return this.corrections.open(opening.recordId(), opening.finding());
	}

	@GetMapping("/api/corrections")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<Correction> inState(@RequestParam(defaultValue = "OPEN") CorrectionState state,
			@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "50") int limit) {
		String own = CurrentActor.get()
			.filter(actor -> actor.role() == Role.PROVIDER)
			.map(actor -> actor.departmentCode())
			.orElse(null);
		return this.corrections.inState(state, own, after, limit);
	}

	@GetMapping("/api/corrections/{id}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	Correction one(@PathVariable long id) {
		Correction correction = this.corrections.correction(id);
		this.applicants.requireMayRead(correction.subjectId(), correction.providerCode());
		return correction;
	}

	@GetMapping("/api/corrections/{id}/history")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<CaseStep> history(@PathVariable long id) {
		one(id);
		return this.corrections.history(id);
	}

	@PostMapping("/api/corrections/{id}/file")
	@PreAuthorize("hasRole('PROVIDER')")
	Correction file(@PathVariable long id, @RequestBody Filing filing) {
		Correction correction = this.corrections.correction(id);
		this.applicants.requireMayRead(correction.subjectId(), correction.providerCode());
		if (filing.outcome() == null) {
			throw new IllegalArgumentException("a correction is filed with its outcome");
		}
		return this.corrections.file(id, filing.version(), filing.outcome(), filing.explanation(), filing.corrected());
	}

}
