package io.gongxin.content.internal;

import java.util.Map;

import io.gongxin.content.Article;
import io.gongxin.content.ArticleDraft;
import io.gongxin.content.ArticleState;
import io.gongxin.content.Articles;
import io.gongxin.content.Column;
import io.gongxin.platform.DomainException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The article editor: a new article or a change to one, saved or first looked at as the
 * public will see it. A refused form comes back as it was sent (422), each mistake in
 * Chinese next to its field.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
class ArticleFormController {

	static final String PREVIEW = "preview";

	private final Articles articles;

	ArticleFormController(Articles articles) {
		this.articles = articles;
	}

	@GetMapping("/content/new")
	ModelAndView blank(@RequestParam(required = false) String column, Model model) {
		return form(ArticleForm.blank(Column.of(column).orElse(null)), null, model, HttpStatus.OK);
	}

	@PostMapping("/content")
	ModelAndView create(@RequestParam(required = false) String column, @RequestParam(required = false) String title,
			@RequestParam(required = false) String summary, @RequestParam(required = false) String body,
			@RequestParam(required = false) String source, @RequestParam(required = false) String documentNumber,
			@RequestParam(required = false) String publishDate, @RequestParam(required = false) String pinned,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		ArticleForm form = new ArticleForm(column, title, summary, body, source, documentNumber, publishDate,
				pinned != null, null);
		try {
			ArticleDraft draft = form.draft();
			if (PREVIEW.equals(action)) {
				model.addAttribute("preview", this.articles.preview(draft));
				return form(form, null, model, HttpStatus.OK);
			}
			Article created = this.articles.create(draft);
			redirect.addFlashAttribute("notice", "草稿已保存。请预览核对，无误后发布。");
			return new ModelAndView("redirect:/content/" + created.id() + "/edit");
		}
		catch (DomainException ex) {
			return refused(ex, form, null, model);
		}
	}

	@GetMapping("/content/{id}/edit")
	ModelAndView edit(@PathVariable long id, Model model) {
		Article article = this.articles.find(id);
		return form(ArticleForm.of(article), article, model, HttpStatus.OK);
	}

	@PostMapping("/content/{id}")
	ModelAndView update(@PathVariable long id, @RequestParam(required = false) String column,
			@RequestParam(required = false) String title, @RequestParam(required = false) String summary,
			@RequestParam(required = false) String body, @RequestParam(required = false) String source,
			@RequestParam(required = false) String documentNumber, @RequestParam(required = false) String publishDate,
			@RequestParam(required = false) String pinned, @RequestParam(required = false) String revision,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		Article article = this.articles.find(id);
		ArticleForm form = new ArticleForm(column, title, summary, body, source, documentNumber, publishDate,
				pinned != null, revision(revision));
		try {
			ArticleDraft draft = form.draft();
			if (PREVIEW.equals(action)) {
				model.addAttribute("preview", this.articles.preview(draft));
				return form(form, article, model, HttpStatus.OK);
			}
			if (form.revision() == null) {
				// a form always carries the revision it was filled from; without it a
				// change made meanwhile would be overwritten unseen
				return refused(conflict(article), form, article, model);
			}
			Article saved = this.articles.update(id, form.revision(), draft);
			redirect.addFlashAttribute("notice", (saved.state() == ArticleState.PUBLISHED)
					? "已保存（第 " + saved.revision() + " 版），门户上的文章已同时更新。" : "已保存（第 " + saved.revision() + " 版）。");
			return new ModelAndView("redirect:/content/" + id + "/edit");
		}
		catch (DomainException ex) {
			return refused(ex, form, article, model);
		}
	}

	/**
	 * The form again with the refusal: mistakes by field (422), or why it cannot be
	 * saved.
	 */
	private ModelAndView refused(DomainException ex, ArticleForm form, Article article, Model model) {
		if (ex.code().equals("GX-CNT-001") && ex.details().get("fields") instanceof Map<?, ?> fields) {
			model.addAttribute("errors", fields);
			return form(form, article, model, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (ex.code().equals("GX-CNT-004")) {
			Article now = this.articles.find(article.id());
			model.addAttribute("formError", "保存前，" + now.updatedByLabel() + "已修改了这篇文章（现为第 " + now.revision()
					+ " 版）。您的内容仍在下方，请打开新窗口查看最新内容，合并后再保存。");
			// saved again, the form replaces the revision now shown: the officer has seen
			// it
			return form(form.at(now.revision()), now, model, HttpStatus.CONFLICT);
		}
		if (ex.code().equals("GX-CNT-005")) {
			model.addAttribute("formError", "这篇文章已撤回，不能再修改。");
			return form(form, this.articles.find(article.id()), model, HttpStatus.CONFLICT);
		}
		throw ex;
	}

	/**
	 * The revision a form was filled from; null when it names none (a forged or broken
	 * form).
	 */
	private static Integer revision(String sent) {
		if (sent == null || !sent.strip().matches("\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(sent.strip());
	}

	private static DomainException conflict(Article article) {
		return new DomainException("GX-CNT-004", io.gongxin.platform.ProblemKind.CONFLICT,
				"The form does not say which revision it was filled from.", Map.of("id", article.id()));
	}

	private ModelAndView form(ArticleForm form, Article article, Model model, HttpStatus status) {
		model.addAttribute("form", form);
		model.addAttribute("article", article);
		model.addAttribute("columns", Column.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (article != null) {
			model.addAttribute("revisions", this.articles.revisions(article.id()));
		}
		return new ModelAndView("content/form", model.asMap(), status);
	}

}
