package io.gongxin.measures.internal;

import java.util.Arrays;
import java.util.List;

import io.gongxin.measures.Measure;
import io.gongxin.measures.Measures;
import io.gongxin.measures.NewMeasure;
import io.gongxin.measures.Scenario;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The measure catalog: public reading, and proposal, review and retirement by the office.
 */
@RestController
class MeasureController {

	static final String OFFICE = "hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')";

	static final String PROPOSERS = "hasAnyRole('OFFICER', 'ADMIN')";

	private final Measures measures;

	MeasureController(Measures measures) {
		this.measures = measures;
	}

	record ScenarioView(String code, String name) {
	}

	record Review(boolean approve, String note) {
	}

	record Retirement(String reason) {
	}

	@GetMapping("/api/public/measures")
	@PreAuthorize("permitAll()")
	List<Measure> catalog() {
		return this.measures.inForceNow().stream().map(MeasureController::forPublic).toList();
	}

	@GetMapping("/api/public/measures/scenarios")
	@PreAuthorize("permitAll()")
	List<ScenarioView> scenarios() {
		return Arrays.stream(Scenario.values()).map(s -> new ScenarioView(s.name(), s.label())).toList();
	}

	@GetMapping("/api/measures/review")
	@PreAuthorize(OFFICE)
	List<Measure> inReview() {
		return this.measures.inReview();
	}

	@GetMapping("/api/measures/{code}/revisions")
	@PreAuthorize(OFFICE)
	List<Measure> revisions(@PathVariable String code) {
		return this.measures.revisions(code);
	}

	@PostMapping("/api/measures")
	@PreAuthorize(PROPOSERS)
	Measure propose(@RequestBody NewMeasure proposal) {
		return this.measures.propose(proposal);
	}

	@PostMapping("/api/measures/{id}/review")
	@PreAuthorize(OFFICE)
	Measure review(@PathVariable long id, @RequestBody Review review) {
		return this.measures.review(id, review.approve(), review.note());
	}

	@PostMapping("/api/measures/{code}/retire")
	@PreAuthorize(PROPOSERS)
	Measure retire(@PathVariable String code, @RequestBody Retirement retirement) {
		return this.measures.retire(code, retirement.reason());
	}

	/** The public sees the catalog, not who in the office proposed or reviewed it. */
	static Measure forPublic(Measure m) {
		return new Measure(m.id(), m.code(), m.revision(), m.list(), m.kind(), m.name(), m.content(), m.action(),
				m.legalBasis(), m.trigger(), m.listNameContains(), m.targets(), m.scenarios(), m.departments(),
				m.seeded(), m.state(), null, m.proposedAt(), null, m.reviewNote(), m.publishedAt(), m.retiredAt());
	}

}
