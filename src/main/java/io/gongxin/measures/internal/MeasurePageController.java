package io.gongxin.measures.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.lists.ListKind;
import io.gongxin.measures.Measure;
import io.gongxin.measures.MeasureKind;
import io.gongxin.measures.MeasureList;
import io.gongxin.measures.MeasureTarget;
import io.gongxin.measures.Measures;
import io.gongxin.measures.NewMeasure;
import io.gongxin.measures.Scenario;
import io.gongxin.platform.PageOutcome;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 信用措施审查 by hand: an officer proposes a measure with its legal basis; another officer
 * approves or rejects it; the catalog in force is listed with its revisions.
 */
@Controller
@RequestMapping("/measures")
class MeasurePageController {

	/** What the page says for the refusals a form can meet. */
	private final Measures measures;

	MeasurePageController(Measures measures) {
		this.measures = measures;
	}

	@GetMapping
	@PreAuthorize(MeasureController.OFFICE)
	String page(Model model) {
		model.addAttribute("inReview", this.measures.inReview());
		model.addAttribute("inForce", this.measures.inForceNow());
		model.addAttribute("lists", Arrays.asList(MeasureList.values()));
		model.addAttribute("kinds", Arrays.asList(MeasureKind.values()));
		model.addAttribute("triggers", Arrays.asList(ListKind.values()));
		model.addAttribute("targets", Arrays.asList(MeasureTarget.values()));
		model.addAttribute("scenarios", Arrays.asList(Scenario.values()));
		return "measures/catalog";
	}

	@PostMapping
	@PreAuthorize(MeasureController.PROPOSERS)
	String propose(@RequestParam(defaultValue = "") String code, @RequestParam(required = false) MeasureList list,
			@RequestParam(required = false) MeasureKind kind, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String content, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String legalBasis, @RequestParam(required = false) ListKind trigger,
			@RequestParam(defaultValue = "") String listNameContains,
			@RequestParam(required = false) List<MeasureTarget> targets,
			@RequestParam(required = false) List<Scenario> scenarios,
			@RequestParam(defaultValue = "") String departments, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/measures",
				Map.of("GX-MEA-002", "legalBasis", "GX-MEA-006", "trigger", "GX-MEA-005", "code"), () -> {
					Measure proposed = this.measures
						.propose(new NewMeasure(code.strip().toUpperCase(java.util.Locale.ROOT), list, kind, name,
								content, action, legalBasis, trigger, listNameContains,
								set(targets, MeasureTarget.class), set(scenarios, Scenario.class),
								Arrays.stream(departments.split("[,，、\\n]"))
									.map(String::strip)
									.filter(d -> !d.isEmpty())
									.toList()));
					return "已提交审查：" + proposed.code() + " " + proposed.name() + "（第 " + proposed.revision()
							+ " 版），须由另一名工作人员审查后生效。";
				});
	}

	@PostMapping("/{id}/review")
	@PreAuthorize(MeasureController.OFFICE)
	String review(@PathVariable long id, @RequestParam boolean approve, @RequestParam(defaultValue = "") String note,
			RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/measures", () -> {
			Measure reviewed = this.measures.review(id, approve, note);
			return (approve ? "已通过审查并发布：" : "未通过审查：") + reviewed.code() + " " + reviewed.name();
		});
	}

	private static <E extends Enum<E>> Set<E> set(List<E> values, Class<E> type) {
		// a blank choice converts to null
		List<E> chosen = (values == null) ? List.of() : values.stream().filter(java.util.Objects::nonNull).toList();
		return chosen.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(chosen);
	}

}
