package io.gongxin.catalog.internal;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.catalog.CatalogContent;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.Catalogs;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the draft editing pages share: who may edit, how a refusal is shown, and reading
 * the draft. A refused form is shown again with what was typed, the reasons and the
 * status of the refusal; a refused button (remove, discard, publish) has nothing to keep,
 * so its page is loaded afresh with the reasons (post-redirect-get).
 */
final class DraftPages {

	static final String EDITORS = "hasAnyRole('OFFICER', 'ADMIN')";

	private static final CatalogLabels LABELS = new CatalogLabels();

	private DraftPages() {
	}

	/** Reviewers see the same pages read-only. */
	static boolean mayEdit(HttpServletRequest request) {
		return request.isUserInRole("OFFICER") || request.isUserInRole("ADMIN");
	}

	static void common(Model model, CatalogContent draft, HttpServletRequest request) {
		model.addAttribute("catalog", draft);
		model.addAttribute("mayEdit", mayEdit(request));
		model.addAttribute("labels", LABELS);
	}

	static void show(DomainException ex, Model model, HttpServletResponse response) {
		response.setStatus(ex.kind().status().value());
		model.addAttribute("problem", DraftProblem.of(ex));
	}

	static void show(BindingResult binding, Map<String, String> labels, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("problem", DraftProblem.of(binding, labels));
	}

	static void flash(DomainException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", DraftProblem.of(ex));
	}

	/**
	 * Runs a removal posted from a page: its notice on success, its problem on the page
	 * redirected to otherwise.
	 */
	static void remove(Runnable removal, String notice, RedirectAttributes redirect) {
		try {
			removal.run();
			notice(notice, redirect);
		}
		catch (DomainException ex) {
			flash(ex, redirect);
		}
	}

	static void notice(String text, RedirectAttributes redirect) {
		redirect.addFlashAttribute("notice", text);
	}

	static CatalogContent content(Catalogs catalogs, long id) {
		return catalogs.content(CatalogController.versionId(id));
	}

	private static Optional<CategoryDefinition> category(CatalogContent draft, String code) {
		return draft.categories().stream().filter(category -> category.code().equals(code)).findFirst();
	}

	static CategoryDefinition existingCategory(CatalogContent draft, String code) {
		return category(draft, code).orElseThrow(() -> new DomainException("GX-CAT-002", ProblemKind.NOT_FOUND,
				"Catalog version " + draft.version().id() + " has no category " + code + "."));
	}

}
