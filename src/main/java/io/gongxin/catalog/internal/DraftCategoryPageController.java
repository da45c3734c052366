package io.gongxin.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.catalog.CatalogContent;
import io.gongxin.catalog.CatalogDrafts;
import io.gongxin.catalog.CatalogRules;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CategoryDefinition.Origin;
import io.gongxin.catalog.Nature;
import io.gongxin.catalog.PublicityRule.Disclosure;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectType;

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
 * A category of a draft: its attributes (the API's category document without the fields),
 * the list of its fields, a new category, and removal.
 */
@Controller
@RequestMapping("/catalog/drafts/{id}/categories")
@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
class DraftCategoryPageController {

	private static final Map<String, String> LABELS = Map.of("origin", "来源", "nature", "信息性质", "disclosure", "公开方式",
			"subjectTypes", "适用主体", "severityTiers", "失信程度");

	private final Catalogs catalogs;

	private final CatalogDrafts drafts;

	private final CatalogRules rules;

	DraftCategoryPageController(Catalogs catalogs, CatalogDrafts drafts, CatalogRules rules) {
		this.catalogs = catalogs;
		this.drafts = drafts;
		this.rules = rules;
	}

	@GetMapping("/new")
	@PreAuthorize(DraftPages.EDITORS)
	String newCategory(@PathVariable long id, Model model, HttpServletRequest request) {
		CatalogContent draft = DraftPages.content(this.catalogs, id);
		if (!draft.version().isDraft()) {
			return "redirect:/catalog/{id}";
		}
		return page(draft, null, CategoryForm.empty(), model, request);
	}

	@PostMapping
	@PreAuthorize(DraftPages.EDITORS)
	String create(@PathVariable long id, @ModelAttribute("form") CategoryForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		CatalogContent draft = DraftPages.content(this.catalogs, id);
		if (binding.hasErrors()) {
			DraftPages.show(binding, LABELS, model, response);
			return page(draft, null, (form != null) ? form : CategoryForm.empty(), model, request);
		}
		try {
			CategoryDefinition category = form.toNewDefinition();
			this.drafts.addCategory(draft.version().id(), category);
			DraftPages.notice("已新增信息类别 " + category.code() + "，请继续添加数据项。", redirect);
			redirect.addAttribute("code", category.code());
			return "redirect:/catalog/drafts/{id}/categories/{code}";
		}
		catch (DomainException ex) {
			DraftPages.show(ex, model, response);
			return page(draft, null, form, model, request);
		}
	}

	@GetMapping("/{code}")
	String category(@PathVariable long id, @PathVariable String code, Model model, HttpServletRequest request) {
		CatalogContent draft = DraftPages.content(this.catalogs, id);
		if (!draft.version().isDraft()) {
			return "redirect:/catalog/{id}";
		}
		CategoryDefinition category = DraftPages.existingCategory(draft, code);
		return page(draft, category, CategoryForm.of(category), model, request);
	}

	/** Saves the attributes; the fields stay as they are. */
	@PostMapping("/{code}")
	@PreAuthorize(DraftPages.EDITORS)
	String edit(@PathVariable long id, @PathVariable String code, @ModelAttribute("form") CategoryForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		CatalogContent draft = DraftPages.content(this.catalogs, id);
		CategoryDefinition existing = DraftPages.existingCategory(draft, code);
		if (binding.hasErrors()) {
			DraftPages.show(binding, LABELS, model, response);
			return page(draft, existing, (form != null) ? form.withCode(code) : CategoryForm.of(existing), model,
					request);
		}
		CategoryForm submitted = form.withCode(code);
		try {
			this.drafts.putCategoryAttributes(draft.version().id(), submitted.toDefinition(existing.fields()));
			DraftPages.notice("信息类别 " + code + " 已保存。", redirect);
			return "redirect:/catalog/drafts/{id}/categories/{code}";
		}
		catch (DomainException ex) {
			DraftPages.show(ex, model, response);
			return page(draft, existing, submitted, model, request);
		}
	}

	@PostMapping("/{code}/removal")
	@PreAuthorize(DraftPages.EDITORS)
	String remove(@PathVariable long id, @PathVariable String code, RedirectAttributes redirect) {
		DraftPages.remove(() -> this.drafts.removeCategory(CatalogController.versionId(id), code),
				"信息类别 " + code + " 已从草案中删除。", redirect);
		return "redirect:/catalog/drafts/{id}";
	}

	private String page(CatalogContent draft, CategoryDefinition category, CategoryForm form, Model model,
			HttpServletRequest request) {
		DraftPages.common(model, draft, request);
		model.addAttribute("category", category);
		model.addAttribute("form", form);
		model.addAttribute("origins", Origin.values());
		model.addAttribute("natures", Nature.values());
		model.addAttribute("subjectTypes", SubjectType.values());
		model.addAttribute("tiers", SeverityTier.values());
		model.addAttribute("disclosures", Disclosure.values());
		model.addAttribute("tierModes", CategoryForm.TierMode.values());
		// terms a category already names stay listed (and ticked) in their stored order
		List<String> terms = new ArrayList<>(
				(form.minorMisconductCovered() != null) ? form.minorMisconductCovered() : List.of());
		this.rules.minorMisconductTerms().stream().filter(term -> !terms.contains(term)).forEach(terms::add);
		model.addAttribute("minorTerms", terms);
		return "catalog/draft-category";
	}

}
