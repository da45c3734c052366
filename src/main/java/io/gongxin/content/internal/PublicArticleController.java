package io.gongxin.content.internal;

import java.util.Map;

import io.gongxin.content.Articles;
import io.gongxin.content.Column;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.Pager;
import io.gongxin.platform.ProblemKind;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's 政策与公告: the published articles of a column (or of all), pinned notices
 * first, newest first, paged with their total; and one article with where it sits.
 */
@Controller
class PublicArticleController {

	static final int PAGE = 20;

	private final Articles articles;

	PublicArticleController(Articles articles) {
		this.articles = articles;
	}

	@GetMapping("/portal/articles")
	@PreAuthorize("permitAll()")
	String column(@RequestParam(required = false) String column, @RequestParam(defaultValue = "1") int page,
			Model model) {
		Column chosen = column(column);
		long counted = this.articles.countPublished(chosen, Pager.CAP);
		int shown = Pager.clamp(page, counted, Pager.CAP, PAGE);
		model.addAttribute("items", this.articles.published(chosen, (shown - 1) * PAGE, PAGE));
		model.addAttribute("pager", Pager.of(counted, Pager.CAP, shown, PAGE,
				n -> Links.to("/portal/articles").with("column", chosen).page(n)));
		model.addAttribute("column", chosen);
		model.addAttribute("columns", Column.values());
		return "content/articles";
	}

	@GetMapping("/portal/articles/{id}")
	@PreAuthorize("permitAll()")
	String article(@PathVariable long id, Model model) {
		model.addAttribute("article", this.articles.published(id));
		model.addAttribute("preview", false);
		return "content/article";
	}

	/** The column a request names; none for all; GX-CNT-007 for a column there is not. */
	static Column column(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return Column.of(code.strip())
			.orElseThrow(() -> new DomainException("GX-CNT-007", ProblemKind.NOT_FOUND, "No such column.",
					Map.of("column", code.strip())));
	}

}
