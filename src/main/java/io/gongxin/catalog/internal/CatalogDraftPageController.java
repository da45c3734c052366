package io.gongxin.catalog.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.gongxin.catalog.CatalogContent;
import io.gongxin.catalog.CatalogDrafts;
import io.gongxin.catalog.CatalogVersion;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.internal.CatalogController.ProposalForm;
import io.gongxin.catalog.internal.CatalogController.PublicationForm;
import io.gongxin.platform.DomainException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The draft screens (Chinese UI) around the same {@link CatalogDrafts} facade as the JSON
 * API, so pages and API audit and validate alike: propose a draft from the versions list,
 * the draft's overview with its categories and code lists, discard, and publish
 * (administrators only). Categories, fields and code lists have their own controllers.
 */
@Controller
@RequestMapping("/catalog/drafts")
@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
class CatalogDraftPageController {

	private static final Map<String, String> PROPOSAL_LABELS = Map.of("label", "版本标识（1至40位字母、数字、点、短横线或下划线）", "title",
			"名称（1至200个字符）", "note", "说明（最多2000个字符）", "basedOn", "所依据的版本");

	private final Catalogs catalogs;

	private final CatalogDrafts drafts;

	private final Clock clock;

	CatalogDraftPageController(Catalogs catalogs, CatalogDrafts drafts, Clock clock) {
		this.catalogs = catalogs;
		this.drafts = drafts;
		this.clock = clock;
	}

	/** From the versions list; a refused proposal goes back there with what was typed. */
	@PostMapping
	@PreAuthorize(DraftPages.EDITORS)
	String propose(@Valid @ModelAttribute("proposal") ProposalForm form, BindingResult binding,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("problem", DraftProblem.of(binding, PROPOSAL_LABELS));
			redirect.addFlashAttribute("proposal", form);
			return "redirect:/catalog";
		}
		try {
			CatalogVersion draft = this.drafts.propose(DraftReasons.valid(form::toProposal));
			DraftPages.notice("已提出草案 " + draft.label() + "，可在下方调整目录内容。", redirect);
			return "redirect:/catalog/drafts/" + draft.id().value();
		}
		catch (DomainException ex) {
			DraftPages.flash(ex, redirect);
			redirect.addFlashAttribute("proposal", form);
			return "redirect:/catalog";
		}
	}

	@GetMapping("/{id}")
	String draft(@PathVariable long id, Model model, HttpServletRequest request) {
		CatalogContent draft = DraftPages.content(this.catalogs, id);
		if (!draft.version().isDraft()) {
			return "redirect:/catalog/{id}";
		}
		List<CatalogVersion> versions = this.catalogs.versions();
		DraftPages.common(model, draft, request);
		model.addAttribute("base",
				versions.stream()
					.filter(version -> version.id().equals(draft.version().basedOn()))
					.findFirst()
					.orElse(null));
		model.addAttribute("mayPublish", request.isUserInRole("ADMIN"));
		model.addAttribute("earliestEffective", earliestEffective(versions));
		model.addAttribute("usage", DraftCodeListPageController.usage(draft));
		return "catalog/draft";
	}

	@PostMapping("/{id}/removal")
	@PreAuthorize(DraftPages.EDITORS)
	String discard(@PathVariable long id, RedirectAttributes redirect) {
		try {
			CatalogVersion draft = this.catalogs.version(CatalogController.versionId(id));
			this.drafts.discard(draft.id());
			DraftPages.notice("草案 " + draft.label() + " 已废弃。", redirect);
			return "redirect:/catalog";
		}
		catch (DomainException ex) {
			DraftPages.flash(ex, redirect);
			return "redirect:/catalog/drafts/{id}";
		}
	}

	@PostMapping("/{id}/publication")
	@PreAuthorize("hasRole('ADMIN')")
	String publish(@PathVariable long id, @Valid @ModelAttribute("publication") PublicationForm form,
			BindingResult binding, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			redirect.addFlashAttribute("problem", DraftProblem.of(binding, Map.of("effectiveFrom", "生效日期")));
			return "redirect:/catalog/drafts/{id}";
		}
		try {
			CatalogVersion published = this.drafts.publish(CatalogController.versionId(id), form.effectiveFrom());
			DraftPages.notice("目录版本 " + published.label() + " 已发布，自 " + published.effectiveFrom() + " 起生效。", redirect);
			return "redirect:/catalog";
		}
		catch (DomainException ex) {
			DraftPages.flash(ex, redirect);
			return "redirect:/catalog/drafts/{id}";
		}
	}

	/**
	 * The first date publication accepts: today, or the day after the latest published
	 * version takes effect.
	 */
	private LocalDate earliestEffective(List<CatalogVersion> versions) {
		LocalDate today = LocalDate.now(this.clock);
		return versions.stream()
			.filter(version -> !version.isDraft())
			.map(CatalogVersion::effectiveFrom)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.map(latest -> latest.plusDays(1))
			.filter(dayAfter -> dayAfter.isAfter(today))
			.orElse(today);
	}

}
