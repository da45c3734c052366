package io.gongxin.commitment.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.gongxin.catalog.SeverityTier;
import io.gongxin.commitment.Commitment;
import io.gongxin.commitment.CommitmentKind;
import io.gongxin.commitment.CommitmentState;
import io.gongxin.commitment.CommitmentTemplates;
import io.gongxin.commitment.Commitments;
import io.gongxin.commitment.TemplateDraft;
import io.gongxin.commitment.TemplateVersion;
import io.gongxin.platform.PageOutcome;
import io.gongxin.security.CurrentActor;
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
 * The commitment desk: a department's commitments awaiting its finding (overdue first)
 * with the finding form, and its figures; the credit office's figures for every
 * department, and the templates it writes and publishes.
 */
@Controller
class CommitmentDeskPageController {

	private static final int PAGE = 50;

	private final Commitments commitments;

	private final CommitmentTemplates templates;

	private final Callers callers;

	private final java.time.Clock clock;

	CommitmentDeskPageController(Commitments commitments, CommitmentTemplates templates, Callers callers,
			java.time.Clock clock) {
		this.clock = clock;
		this.commitments = commitments;
		this.templates = templates;
		this.callers = callers;
	}

	@GetMapping("/commitments")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	String desk(Model model) {
		boolean department = CurrentActor.get().map(actor -> actor.role() == Role.PROVIDER).orElse(false);
		String own = this.callers.department(null);
		model.addAttribute("department", department);
		model.addAttribute("overdue", this.callers.listed("commitment.desk", this.commitments.overdue(own, PAGE)));
		List<Commitment> pending = this.commitments.ofDepartment(own, true, null, PAGE);
		model.addAttribute("pending", this.callers.listed("commitment.desk", pending));
		model.addAttribute("figures", this.commitments.figures(own));
		model.addAttribute("templates", this.templates.all());
		model.addAttribute("kinds", Arrays.asList(CommitmentKind.values()));
		model.addAttribute("tiers", Arrays.asList(SeverityTier.values()));
		model.addAttribute("today", LocalDate.now(this.clock));
		return "commitment/desk";
	}

	@PostMapping("/commitments/{number}/finding")
	@PreAuthorize("hasRole('PROVIDER')")
	String finding(@PathVariable String number, @RequestParam CommitmentState state,
			@RequestParam(required = false) LocalDate foundOn, @RequestParam(defaultValue = "") String evidence,
			@RequestParam(defaultValue = "") String explanation, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/commitments", () -> {
			Commitment commitment = this.commitments.find(number);
			this.callers.requireDepartment(commitment.departmentCode());
			Commitment found = this.commitments.recordFinding(number, state, foundOn, evidence, explanation);
			return "承诺书 " + found.number() + "：" + found.stateLabel() + ((found.state() == CommitmentState.BROKEN)
					? "，已记入违背信用承诺信息（" + found.breachTier().label() + "失信）" : "");
		});
	}

	@PostMapping("/commitments/templates")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	String draft(@RequestParam String code, @RequestParam String name, @RequestParam CommitmentKind kind,
			@RequestParam String departmentCode, @RequestParam(defaultValue = "") String matterLabel,
			@RequestParam String text, @RequestParam String items, @RequestParam int verificationWorkingDays,
			@RequestParam(required = false) String publicColumn, @RequestParam String legalBasis,
			@RequestParam(defaultValue = "GENERAL") SeverityTier breachTier,
			@RequestParam(defaultValue = "") String breachTierBasis, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/commitments#templates", () -> {
			TemplateVersion saved = this.templates.draft(new TemplateDraft(code, name, kind, departmentCode,
					matterLabel, text, Arrays.asList(items.split("\\R")), verificationWorkingDays, publicColumn != null,
					legalBasis, breachTier, breachTierBasis));
			return "模板 " + saved.code() + " 第" + saved.version() + "版已保存为草稿，发布后方可签署。";
		});
	}

	@PostMapping("/commitments/templates/{code}/versions/{version}/publish")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	String publish(@PathVariable String code, @PathVariable int version, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/commitments#templates", () -> {
			TemplateVersion published = this.templates.publish(code, version);
			return "模板 " + published.code() + " 第" + published.version() + "版已发布。";
		});
	}

}
