package io.gongxin.content.internal;

import java.util.Map;

import io.gongxin.content.Article;
import io.gongxin.content.ArticleState;
import io.gongxin.content.Articles;
import io.gongxin.content.Column;
import io.gongxin.platform.PageOutcome;
import io.gongxin.platform.Pager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' desk (内容管理): articles by column and state, last changed first; an article
 * or one of its revisions shown as the public sees it; publishing and withdrawing.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
class ContentDeskController {

	static final int PAGE = 20;

	private final Articles articles;

	ContentDeskController(Articles articles) {
		this.articles = articles;
	}

	@GetMapping("/content")
	String desk(@RequestParam(required = false) String column, @RequestParam(required = false) String state,
			@RequestParam(defaultValue = "1") int page, Model model) {
		Column chosenColumn = Column.of(column).orElse(null);
		ArticleState chosenState = ArticleState.of(state).orElse(null);
		long counted = this.articles.countDesk(chosenColumn, chosenState, Pager.CAP);
		int shown = Pager.clamp(page, counted, Pager.CAP, PAGE);
		model.addAttribute("items", this.articles.desk(chosenColumn, chosenState, (shown - 1) * PAGE, PAGE));
		model.addAttribute("pager", Pager.of(counted, Pager.CAP, shown, PAGE,
				n -> Links.to("/content").with("column", chosenColumn).with("state", chosenState).page(n)));
		model.addAttribute("columns", Column.values());
		model.addAttribute("states", ArticleState.values());
		model.addAttribute("column", chosenColumn);
		model.addAttribute("state", chosenState);
		return "content/desk";
	}

	@GetMapping("/content/{id}/preview")
	String preview(@PathVariable long id, Model model) {
		model.addAttribute("article", this.articles.find(id));
		model.addAttribute("preview", true);
		return "content/article";
	}

	@GetMapping("/content/{id}/revisions/{revision}")
	String revision(@PathVariable long id, @PathVariable int revision, Model model) {
		model.addAttribute("article", this.articles.revision(id, revision));
		model.addAttribute("preview", true);
		model.addAttribute("revision", revision);
		return "content/article";
	}

	@PostMapping("/content/{id}/publication")
	String publish(@PathVariable long id, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "/content/" + id + "/edit", () -> {
			Article published = this.articles.publish(id);
			return "《" + published.title() + "》已在“" + published.column().label() + "”栏目发布。";
		});
	}

	@PostMapping("/content/{id}/withdrawal")
	String withdraw(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return PageOutcome.form(redirect, "/content/" + id + "/edit", Map.of(PageOutcome.ANY_INPUT_PROBLEM, "reason"),
				() -> {
					Article withdrawn = this.articles.withdraw(id, reason);
					return "《" + withdrawn.title() + "》已撤回，公众不再能看到。";
				});
	}

}
