package io.gongxin.evaluation.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.gongxin.evaluation.Evaluations;
import io.gongxin.evaluation.Grade;
import io.gongxin.evaluation.InspectionResult;
import io.gongxin.evaluation.SamplingPlan;
import io.gongxin.evaluation.SamplingPlans;
import io.gongxin.platform.PageOutcome;
import io.gongxin.platform.Pager;
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
 * 双随机 plans on pages: a department announces a plan with ratios by grade (percent), draws
 * it and records the results; the public page shows the seeds and results (一公开).
 */
@Controller
class SamplingPageController {

	private final SamplingPlans plans;

	private final Evaluations evaluations;

	private final DepartmentScope scope;

	private final Clock clock;

	SamplingPageController(SamplingPlans plans, Evaluations evaluations, DepartmentScope scope, Clock clock) {
		this.plans = plans;
		this.evaluations = evaluations;
		this.scope = scope;
		this.clock = clock;
	}

	@GetMapping("/evaluation/sampling")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String desk(@RequestParam(required = false) Long before, Model page) {
		page.addAttribute("plans", this.plans.page(this.scope.listed(null), before, 30));
		page.addAttribute("department", CurrentActor.get().map(actor -> actor.role() == Role.PROVIDER).orElse(false));
		page.addAttribute("models", this.evaluations.models());
		page.addAttribute("grades", List.of(Grade.values()));
		Map<Grade, BigDecimal> percent = new EnumMap<>(Grade.class);
		this.plans.defaultRatios()
			.forEach((grade, ratio) -> percent.put(grade, ratio.movePointRight(2).stripTrailingZeros()));
		page.addAttribute("defaults", percent);
		return "evaluation/sampling";
	}

	@PostMapping("/evaluation/sampling")
	@PreAuthorize("hasRole('PROVIDER')")
	String announce(@RequestParam String taskName, @RequestParam String field, @RequestParam String modelCode,
			@RequestParam(defaultValue = "") String regionPrefix, @RequestParam BigDecimal ratioA,
			@RequestParam BigDecimal ratioB, @RequestParam BigDecimal ratioC, @RequestParam BigDecimal ratioD,
			@RequestParam String inspectors, @RequestParam(defaultValue = "2") int inspectorsPerSubject,
			RedirectAttributes redirect) {
		Map<Grade, BigDecimal> ratios = new EnumMap<>(Grade.class);
		ratios.put(Grade.A, ratioA.movePointLeft(2));
		ratios.put(Grade.B, ratioB.movePointLeft(2));
		ratios.put(Grade.C, ratioC.movePointLeft(2));
		ratios.put(Grade.D, ratioD.movePointLeft(2));
		return PageOutcome.form(redirect, "/evaluation/sampling", () -> {
			SamplingPlan plan = this.plans
				.announce(new SamplingPlans.Announcement(this.scope.listed(null), taskName, field, modelCode,
						regionPrefix, ratios, Arrays.asList(inspectors.split("[\\r\\n,，、]+")), inspectorsPerSubject));
			return "抽查计划 " + plan.number() + " 已制定并公布随机种子摘要（" + plan.population() + "个主体），请择时抽取。";
		});
	}

	@GetMapping("/evaluation/sampling/{id}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String plan(@PathVariable long id, Model page) {
		SamplingPlan plan = this.plans.get(id);
		page.addAttribute("plan", plan);
		page.addAttribute("drawn", plan.members().stream().filter(SamplingPlan.Member::drawn).toList());
		page.addAttribute("verification", (plan.state() == SamplingPlan.State.DRAWN) ? this.plans.verify(id) : null);
		page.addAttribute("results", List.of(InspectionResult.values()));
		page.addAttribute("grades", List.of(Grade.values()));
		page.addAttribute("department", CurrentActor.get().map(actor -> actor.role() == Role.PROVIDER).orElse(false));
		page.addAttribute("today", LocalDate.now(this.clock));
		return "evaluation/plan";
	}

	@PostMapping("/evaluation/sampling/{id}/draw")
	@PreAuthorize("hasRole('PROVIDER')")
	String draw(@PathVariable long id, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "/evaluation/sampling/" + id, () -> {
			SamplingPlan plan = this.plans.draw(id);
			long drawn = plan.members().stream().filter(SamplingPlan.Member::drawn).count();
			return "已抽取" + drawn + "个主体并公开随机种子。";
		});
	}

	@PostMapping("/evaluation/sampling/{id}/results")
	@PreAuthorize("hasRole('PROVIDER')")
	String result(@PathVariable long id, @RequestParam String subjectCode, @RequestParam InspectionResult result,
			@RequestParam LocalDate inspectedOn, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/evaluation/sampling/" + id, () -> {
			SamplingPlan.Member member = this.plans.recordResult(id, subjectCode, result, inspectedOn, note);
			return member.subjectName() + " 的检查结果已登记并归集到其信用档案。";
		});
	}

	@GetMapping("/portal/inspections")
	@PreAuthorize("permitAll()")
	String publicPlans(@RequestParam(defaultValue = "1") int page, Model model) {
		int size = 20;
		long total = this.plans.publicCount();
		int shown = Pager.clamp(page, total, Pager.CAP, size);
		model.addAttribute("plans", this.plans.publicPageAt((shown - 1) * size, size));
		model.addAttribute("pager", Pager.of(total, Pager.CAP, shown, size,
				n -> (n > 1) ? "/portal/inspections?page=" + n : "/portal/inspections"));
		return "evaluation/public-inspections";
	}

}
