package io.gongxin.measures.internal;

import java.util.List;

import io.gongxin.measures.CheckAnswer;
import io.gongxin.measures.CheckRequest;
import io.gongxin.measures.CreditChecks;
import io.gongxin.measures.FeedbackFigures;
import io.gongxin.measures.FeedbackLine;
import io.gongxin.measures.GivenAnswer;
import io.gongxin.measures.Replay;
import io.gongxin.security.Actor;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.DepartmentScope;
import io.gongxin.security.Role;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 事前信用核查 API. Department clerks (and their systems, by API key) check for their own
 * department; credit office staff check on a department's behalf and see every
 * department's checks.
 */
@RestController
@RequestMapping("/api/checks")
class CheckController {

	static final String CHECKERS = "hasAnyRole('PROVIDER', 'OFFICER', 'ADMIN')";

	static final String READERS = "hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')";

	private final CreditChecks checks;

	private final DepartmentScope scope;

	CheckController(CreditChecks checks, DepartmentScope scope) {
		this.checks = checks;
		this.scope = scope;
	}

	record Feedback(List<FeedbackLine> lines) {
	}

	/**
	 * The answer is the JSON document stored for the check, as it was given (see
	 * {@link GivenAnswer}); its shape is {@link CheckAnswer}.
	 */
	@PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@PreAuthorize(CHECKERS)
	@ApiResponse(responseCode = "200", description = "核查结果",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = CheckAnswer.class)))
	ResponseEntity<String> check(@RequestBody CheckRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		GivenAnswer given = this.checks.check(departmentFor(request.department()), request, idempotencyKey);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(given.json());
	}

	@GetMapping
	@PreAuthorize(READERS)
	List<CheckAnswer> recent(@RequestParam(required = false) String department,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "20") int limit) {
		return this.checks.recent(visible(department), before, limit);
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	CheckAnswer find(@PathVariable long id) {
		return scoped(id);
	}

	@GetMapping("/{id}/feedback")
	@PreAuthorize(READERS)
	List<FeedbackLine> feedbackOf(@PathVariable long id) {
		scoped(id);
		return this.checks.feedbackOf(id);
	}

	@GetMapping("/{id}/replay")
	@PreAuthorize(READERS)
	Replay replay(@PathVariable long id) {
		scoped(id);
		return this.checks.replay(id);
	}

	@PostMapping("/{id}/feedback")
	@PreAuthorize(CHECKERS)
	CheckAnswer feedback(@PathVariable long id, @RequestBody Feedback feedback) {
		scoped(id);
		return this.checks.feedback(id, feedback.lines());
	}

	@GetMapping("/statistics")
	@PreAuthorize(READERS)
	List<FeedbackFigures> statistics(@RequestParam(defaultValue = "department") String by,
			@RequestParam(required = false) String department) {
		return this.checks.statistics(by, visible(department));
	}

	private CheckAnswer scoped(long id) {
		CheckAnswer answer = this.checks.find(id);
		this.scope.require(answer.department());
		return answer;
	}

	/** A clerk's own department; office staff name the department they act for. */
	static String departmentFor(String requested) {
		Actor actor = CurrentActor.get().orElseThrow();
		return actor.role().departmentBound() ? actor.departmentCode() : requested;
	}

	/** Clerks see their own department only; office staff one or all. */
	private String visible(String requested) {
		Actor actor = CurrentActor.get().orElseThrow();
		if (actor.role() == Role.PROVIDER) {
			if (requested != null && !requested.isBlank()) {
				this.scope.require(requested);
			}
			return actor.departmentCode();
		}
		return (requested == null || requested.isBlank()) ? null : requested;
	}

}
