package io.gongxin.content.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.content.Article;
import io.gongxin.content.ArticleHeadline;
import io.gongxin.content.Articles;
import io.gongxin.content.Column;
import io.gongxin.platform.Pager;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The published articles as JSON, for aggregators (read-only, public). */
@RestController
class PublicArticleApiController {

	private final Articles articles;

	PublicArticleApiController(Articles articles) {
		this.articles = articles;
	}

	/** A listed article; {@code path} is its page on the portal. */
	record Item(long id, Column column, String columnName, String title, String summary, String source,
			String documentNumber, LocalDate publishDate, boolean pinned, String path) {

		static Item of(ArticleHeadline headline) {
			return new Item(headline.id(), headline.column(), headline.column().label(), headline.title(),
					headline.summary(), headline.source(), headline.documentNumber(), headline.publishDate(),
					headline.pinned(), "/portal/articles/" + headline.id());
		}

	}

	/**
	 * A page of a listing.
	 *
	 * @param total the number of articles, or the cap when {@code more}
	 */
	record Listing(long total, boolean more, int page, int pages, List<Item> items) {
	}

	/**
	 * One article: its text in the content markup and as the HTML the portal shows.
	 */
	record PublicArticle(long id, Column column, String columnName, String title, String summary, String source,
			String documentNumber, LocalDate publishDate, String body, String html) {

		static PublicArticle of(Article article) {
			return new PublicArticle(article.id(), article.column(), article.column().label(), article.title(),
					article.summary(), article.source(), article.documentNumber(), article.publishDate(),
					article.body(), article.html());
		}

	}

	@GetMapping("/api/public/articles")
	@PreAuthorize("permitAll()")
	Listing list(@RequestParam(required = false) String column, @RequestParam(defaultValue = "1") int page) {
		Column chosen = PublicArticleController.column(column);
		int size = PublicArticleController.PAGE;
		long counted = this.articles.countPublished(chosen, Pager.CAP);
		Pager pager = Pager.of(counted, Pager.CAP, Pager.clamp(page, counted, Pager.CAP, size), size, n -> "");
		List<Item> items = this.articles.published(chosen, pager.offset(size), size).stream().map(Item::of).toList();
		return new Listing(pager.total(), pager.more(), pager.page(), pager.pages(), items);
	}

	@GetMapping("/api/public/articles/{id}")
	@PreAuthorize("permitAll()")
	PublicArticle article(@PathVariable long id) {
		return PublicArticle.of(this.articles.published(id));
	}

}
