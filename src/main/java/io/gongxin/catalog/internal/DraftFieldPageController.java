package io.gongxin.catalog.internal;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.catalog.CatalogContent;
import io.gongxin.catalog.CatalogDrafts;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

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
 * One field of a draft's category: add (at the end), edit in place, remove. Each goes
 * through {@link CatalogDrafts#putField} or {@link CatalogDrafts#removeField}, which
 * check the whole category again (sensitive data, code lists, conditions).
 */
@Controller
@RequestMapping("/catalog/drafts/{id}/categories/{code}/fields")
@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
class DraftFieldPageController {

	private static final Map<String, String> LABELS = Map.of("type", "数据类型", "requirement", "填报要求", "conditionOperator",
			"条件运算", "maxLength", "最大长度", "identifierKind", "标识种类", "role", "数据项用途");

	private final Catalogs catalogs;

	private final CatalogDrafts drafts;

	DraftFieldPageController(Catalogs catalogs, CatalogDrafts drafts) {
		this.catalogs = catalogs;
		this.drafts = drafts;
	}

	@GetMapping("/new")
	@PreAuthorize(DraftPages.EDITORS)
	String newField(@PathVariable long id, @PathVariable String code, Model model, HttpServletRequest request) {
		CatalogContent draft = DraftPages.content(this.catalogs, id);
		if (!draft.version().isDraft()) {
			return "redirect:/catalog/{id}";
		}
		return page(draft, DraftPages.existingCategory(draft, code), null, FieldForm.empty(), model, request);
	}

	@PostMapping
	@PreAuthorize(DraftPages.EDITORS)
	String add(@PathVariable long id, @PathVariable String code, @ModelAttribute("form") FieldForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		CatalogContent draft = DraftPages.content(this.catalogs, id);
		CategoryDefinition category = DraftPages.existingCategory(draft, code);
		if (binding.hasErrors()) {
			DraftPages.show(binding, LABELS, model, response);
			return page(draft, category, null, (form != null) ? form : FieldForm.empty(), model, request);
		}
		try {
			FieldDefinition field = form.toDefinition();
			this.drafts.addField(draft.version().id(), code, field);
			DraftPages.notice("已新增数据项 " + field.code() + " " + field.name() + "。", redirect);
			return "redirect:/catalog/drafts/{id}/categories/{code}";
		}
		catch (DomainException ex) {
			DraftPages.show(ex, model, response);
			return page(draft, category, null, form, model, request);
		}
	}

	@GetMapping("/{field}")
	String field(@PathVariable long id, @PathVariable String code, @PathVariable String field, Model model,
			HttpServletRequest request) {
		CatalogContent draft = DraftPages.content(this.catalogs, id);
		if (!draft.version().isDraft()) {
			return "redirect:/catalog/{id}";
		}
		CategoryDefinition category = DraftPages.existingCategory(draft, code);
		FieldDefinition existing = existingField(category, field);
		return page(draft, category, existing, FieldForm.of(existing), model, request);
	}

	@PostMapping("/{field}")
	@PreAuthorize(DraftPages.EDITORS)
	String edit(@PathVariable long id, @PathVariable String code, @PathVariable String field,
			@ModelAttribute("form") FieldForm form, BindingResult binding, Model model, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		CatalogContent draft = DraftPages.content(this.catalogs, id);
		CategoryDefinition category = DraftPages.existingCategory(draft, code);
		FieldDefinition existing = existingField(category, field);
		if (binding.hasErrors()) {
			DraftPages.show(binding, LABELS, model, response);
			return page(draft, category, existing, (form != null) ? form.withCode(field) : FieldForm.of(existing),
					model, request);
		}
		FieldForm submitted = form.withCode(field);
		try {
			this.drafts.putField(draft.version().id(), code, submitted.toDefinition());
			DraftPages.notice("数据项 " + field + " 已保存。", redirect);
			return "redirect:/catalog/drafts/{id}/categories/{code}";
		}
		catch (DomainException ex) {
			DraftPages.show(ex, model, response);
			return page(draft, category, existing, submitted, model, request);
		}
	}

	@PostMapping("/{field}/removal")
	@PreAuthorize(DraftPages.EDITORS)
	String remove(@PathVariable long id, @PathVariable String code, @PathVariable String field,
			RedirectAttributes redirect) {
		DraftPages.remove(() -> this.drafts.removeField(CatalogController.versionId(id), code, field),
				"数据项 " + field + " 已删除。", redirect);
		return "redirect:/catalog/drafts/{id}/categories/{code}";
	}

	private static FieldDefinition existingField(CategoryDefinition category, String field) {
		return category.fields()
			.stream()
			.filter(candidate -> candidate.code().equals(field))
			.findFirst()
			.orElseThrow(() -> new DomainException("GX-CAT-013", ProblemKind.NOT_FOUND,
					"Category " + category.code() + " has no field " + field + "."));
	}

	private static String page(CatalogContent draft, CategoryDefinition category, FieldDefinition field, FieldForm form,
			Model model, HttpServletRequest request) {
		DraftPages.common(model, draft, request);
		model.addAttribute("category", category);
		model.addAttribute("field", field);
		model.addAttribute("form", form);
		// a condition may only look at another field of the same category
		model.addAttribute("conditionFields",
				category.fields()
					.stream()
					.filter(candidate -> field == null || !candidate.code().equals(field.code()))
					.toList());
		return "catalog/draft-field";
	}

}
