package io.gongxin.catalog.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.catalog.CatalogContent;
import io.gongxin.catalog.CatalogDrafts;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeList;
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

/** The code lists of a draft: add, edit (name, entries, note) and remove unused ones. */
@Controller
@RequestMapping("/catalog/drafts/{id}/code-lists")
@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
class DraftCodeListPageController {

	private final Catalogs catalogs;

	private final CatalogDrafts drafts;

	DraftCodeListPageController(Catalogs catalogs, CatalogDrafts drafts) {
		this.catalogs = catalogs;
		this.drafts = drafts;
	}

	/** Which categories use each code list, so the pages can say why one cannot go. */
	static Map<String, List<String>> usage(CatalogContent draft) {
		Map<String, List<String>> usage = new LinkedHashMap<>();
		for (CodeList list : draft.codeLists()) {
			usage.put(list.code(),
					draft.categories()
						.stream()
						.filter(category -> category.fields().stream().anyMatch(f -> list.code().equals(f.codeList())))
						.map(CategoryDefinition::code)
						.toList());
		}
		return usage;
	}

	@GetMapping("/new")
	@PreAuthorize(DraftPages.EDITORS)
	String newCodeList(@PathVariable long id, Model model, HttpServletRequest request) {
		CatalogContent draft = DraftPages.content(this.catalogs, id);
		if (!draft.version().isDraft()) {
			return "redirect:/catalog/{id}";
		}
		return page(draft, null, CodeListForm.empty(), model, request);
	}

	@PostMapping
	@PreAuthorize(DraftPages.EDITORS)
	String add(@PathVariable long id, @ModelAttribute("form") CodeListForm form, BindingResult binding, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		CatalogContent draft = DraftPages.content(this.catalogs, id);
		if (binding.hasErrors()) {
			DraftPages.show(binding, Map.of(), model, response);
			return page(draft, null, (form != null) ? form : CodeListForm.empty(), model, request);
		}
		try {
			CodeList list = form.toCodeList();
			this.drafts.addCodeList(draft.version().id(), list);
			DraftPages.notice("已新增代码表 " + list.code() + " " + list.name() + "。", redirect);
			return "redirect:/catalog/drafts/{id}";
		}
		catch (DomainException ex) {
			DraftPages.show(ex, model, response);
			return page(draft, null, form, model, request);
		}
	}

	@GetMapping("/{code}")
	String codeList(@PathVariable long id, @PathVariable String code, Model model, HttpServletRequest request) {
		CatalogContent draft = DraftPages.content(this.catalogs, id);
		if (!draft.version().isDraft()) {
			return "redirect:/catalog/{id}";
		}
		CodeList list = existing(draft, code);
		return page(draft, list, CodeListForm.of(list), model, request);
	}

	@PostMapping("/{code}")
	@PreAuthorize(DraftPages.EDITORS)
	String edit(@PathVariable long id, @PathVariable String code, @ModelAttribute("form") CodeListForm form,
			BindingResult binding, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		CatalogContent draft = DraftPages.content(this.catalogs, id);
		CodeList existing = existing(draft, code);
		if (binding.hasErrors()) {
			DraftPages.show(binding, Map.of(), model, response);
			return page(draft, existing, (form != null) ? form.withCode(code) : CodeListForm.of(existing), model,
					request);
		}
		CodeListForm submitted = form.withCode(code);
		try {
			this.drafts.putCodeList(draft.version().id(), submitted.toCodeList());
			DraftPages.notice("代码表 " + code + " 已保存。", redirect);
			return "redirect:/catalog/drafts/{id}";
		}
		catch (DomainException ex) {
			DraftPages.show(ex, model, response);
			return page(draft, existing, submitted, model, request);
		}
	}

	@PostMapping("/{code}/removal")
	@PreAuthorize(DraftPages.EDITORS)
	String remove(@PathVariable long id, @PathVariable String code, RedirectAttributes redirect) {
		DraftPages.remove(() -> this.drafts.removeCodeList(CatalogController.versionId(id), code),
				"代码表 " + code + " 已删除。", redirect);
		return "redirect:/catalog/drafts/{id}";
	}

	private static CodeList existing(CatalogContent draft, String code) {
		return draft.codeLists()
			.stream()
			.filter(list -> list.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new DomainException("GX-CAT-010", ProblemKind.NOT_FOUND,
					"Catalog version " + draft.version().id() + " has no code list " + code + "."));
	}

	private static String page(CatalogContent draft, CodeList list, CodeListForm form, Model model,
			HttpServletRequest request) {
		DraftPages.common(model, draft, request);
		model.addAttribute("codeList", list);
		model.addAttribute("form", form);
		model.addAttribute("usedBy", (list != null) ? usage(draft).get(list.code()) : List.of());
		return "catalog/draft-code-list";
	}

}
