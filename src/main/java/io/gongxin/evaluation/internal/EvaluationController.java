package io.gongxin.evaluation.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.Evaluations;
import io.gongxin.evaluation.Explanation;
import io.gongxin.evaluation.Grade;
import io.gongxin.evaluation.RunSummary;
import io.gongxin.evaluation.SubjectEvaluation;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.Subject;

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
 * Evaluation over the API, for authorised departments and the credit office only (never
 * the public, enterprises or banks): models, batch runs, a subject's grade with its
 * explanation, and the distribution of grades.
 */
@RestController
class EvaluationController {

	private final Evaluations evaluations;

	private final Organisations organisations;

	private final DepartmentScope scope;

	private final AuditLog audit;

	EvaluationController(Evaluations evaluations, Organisations organisations, DepartmentScope scope, AuditLog audit) {
		this.evaluations = evaluations;
		this.organisations = organisations;
		this.scope = scope;
		this.audit = audit;
	}

	@GetMapping("/api/evaluation/models")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<EvaluationModel> models() {
		return this.evaluations.models();
	}

	@GetMapping("/api/evaluation/model-versions")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	List<ModelStore.Version> versions() {
		return this.evaluations.versions();
	}

	/** Drafts the next version of a model from its definition (the JSON of a model). */
	@PostMapping("/api/evaluation/models")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	EvaluationModel draft(@RequestBody String definition) {
		if (definition == null || definition.length() > 200_000) {
			throw new DomainException("GX-EVA-001", ProblemKind.RULE_VIOLATION, "The model definition is missing.",
					Map.of("reason", "模型定义为空或过长"));
		}
		return this.evaluations.draft(definition);
	}

	@PostMapping("/api/evaluation/models/{code}/versions/{version}/publish")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	EvaluationModel publish(@PathVariable String code, @PathVariable int version) {
		return this.evaluations.publish(code, version);
	}

	@PostMapping("/api/evaluation/models/{code}/runs")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	RunSummary run(@PathVariable String code) {
		return this.evaluations.evaluateAll(code);
	}

	@GetMapping("/api/evaluation/models/{code}/distribution")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	Map<Grade, Long> distribution(@PathVariable String code) {
		return this.evaluations.distribution(this.evaluations.model(code).code());
	}

	@GetMapping("/api/evaluation/subjects/{code}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	Explanation explain(@PathVariable String code, @RequestParam(defaultValue = "COMPOSITE") String model) {
		Subject subject = this.organisations.organisation(code);
		String modelCode = this.evaluations.model(model).code();
		Explanation explanation = this.evaluations.explain(subject.id(), modelCode)
			.orElseThrow(() -> new DomainException("GX-EVA-008", ProblemKind.NOT_FOUND,
					"The organisation has no grade under this model (not covered, or not evaluated yet)."));
		this.audit.record(AuditEntry.read("evaluation.read", "evaluation", modelCode).subject(code));
		return explanation;
	}

	@PostMapping("/api/evaluation/subjects/{code}/reevaluation")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	List<SubjectEvaluation> reevaluate(@PathVariable String code) {
		return this.evaluations.reevaluate(this.organisations.organisation(code).id(), "信用工作人员要求重新评价");
	}

}
