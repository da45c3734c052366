package io.gongxin.evaluation.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.Evaluations;
import io.gongxin.evaluation.Explanation;
import io.gongxin.evaluation.Grade;
import io.gongxin.evaluation.RiskAlerts;
import io.gongxin.evaluation.RunSummary;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PageOutcome;
import io.gongxin.platform.ProblemTexts;
import io.gongxin.subject.Subject;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The evaluation desk for departments and the credit office: the grades' distribution
 * under each model, recent changes of grade, the model's indicators and bands, a
 * subject's explanation; officers run the batch and draft and publish model versions.
 */
@Controller
class EvaluationPageController {

	private final Evaluations evaluations;

	private final RiskAlerts alerts;

	private final Organisations organisations;

	private final AuditLog audit;

	EvaluationPageController(Evaluations evaluations, RiskAlerts alerts, Organisations organisations, AuditLog audit) {
		this.evaluations = evaluations;
		this.alerts = alerts;
		this.organisations = organisations;
		this.audit = audit;
	}

	@GetMapping("/evaluation")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String desk(@RequestParam(defaultValue = "COMPOSITE") String model, @RequestParam(required = false) String code,
			Model page) {
		EvaluationModel current = this.evaluations.model(model);
		if (code != null && !code.isBlank()) {
			// the look-up form: straight to the organisation's explanation, or why not
			try {
				Subject subject = this.organisations.organisation(code);
				return "redirect:/evaluation/subjects/" + subject.currentKey().value() + "?model=" + current.code();
			}
			catch (DomainException ex) {
				page.addAttribute("error", ProblemTexts.of(ex.code()).orElse(ex.getMessage()));
			}
		}
		page.addAttribute("models", this.evaluations.models());
		page.addAttribute("model", current);
		java.util.Map<Grade, Long> distribution = this.evaluations.distribution(current.code());
		page.addAttribute("distribution", distribution);
		page.addAttribute("grades", List.of(Grade.values()));
		page.addAttribute("gradeLabels",
				java.util.Arrays.stream(Grade.values())
					.map(grade -> grade.name() + "（" + grade.label() + "）")
					.toList());
		page.addAttribute("counts", java.util.Arrays.stream(Grade.values()).map(distribution::get).toList());
		page.addAttribute("lastRun", this.evaluations.lastRun(current.code()).orElse(null));
		page.addAttribute("changes", this.evaluations.recentChanges(current.code(), 30));
		return "evaluation/desk";
	}

	@GetMapping("/evaluation/models")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	String models(Model page) {
		page.addAttribute("versions", this.evaluations.versions());
		page.addAttribute("models", this.evaluations.models());
		return "evaluation/models";
	}

	@PostMapping("/evaluation/runs")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	String run(@RequestParam String model, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "/evaluation?model=" + UriUtils.encode(model, "UTF-8"), () -> {
			RunSummary run = this.evaluations.evaluateAll(model);
			long seconds = Duration.between(run.startedAt(), run.finishedAt()).toSeconds();
			return "已完成" + this.evaluations.model(model).name() + "批量评价：" + run.subjects() + "个主体，" + run.changed()
					+ "个主体等级变化或首次评价，用时" + seconds + "秒。";
		});
	}

	@PostMapping("/evaluation/models")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	String draft(@RequestParam String definition, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/evaluation/models", Map.of("GX-EVA-001", "definition"), () -> {
			EvaluationModel drafted = this.evaluations.draft(definition);
			return drafted.name() + " 第" + drafted.version() + "版已保存为草稿，须由另一名信用工作人员审定发布。";
		});
	}

	@PostMapping("/evaluation/models/{code}/versions/{version}/publish")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	String publish(@PathVariable String code, @PathVariable int version, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/evaluation/models", Map.of("GX-EVA-001", "definition"), () -> {
			EvaluationModel published = this.evaluations.publish(code, version);
			return published.name() + " 第" + published.version() + "版已发布；请运行批量评价使其生效。";
		});
	}

	@GetMapping("/evaluation/subjects/{code}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String explain(@PathVariable String code, @RequestParam(defaultValue = "COMPOSITE") String model, Model page) {
		Subject subject = this.organisations.organisation(code);
		EvaluationModel current = this.evaluations.model(model);
		Explanation explanation = this.evaluations.explain(subject.id(), current.code()).orElse(null);
		this.audit.record(
				AuditEntry.read("evaluation.read", "evaluation", current.code()).subject(subject.currentKey().value()));
		page.addAttribute("subject", subject);
		page.addAttribute("models", this.evaluations.models());
		page.addAttribute("model", current);
		page.addAttribute("explanation", explanation);
		page.addAttribute("alerts", this.alerts.ofSubject(subject.id()));
		return "evaluation/subject";
	}

	@PostMapping("/evaluation/subjects/{code}/reevaluation")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	String reevaluate(@PathVariable String code, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "/evaluation/subjects/" + UriUtils.encode(code, "UTF-8"), () -> {
			this.evaluations.reevaluate(this.organisations.organisation(code).id(), "信用工作人员要求重新评价");
			return "已按最新信息重新评价。";
		});
	}

}
