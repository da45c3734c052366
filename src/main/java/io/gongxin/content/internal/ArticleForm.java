package io.gongxin.content.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.gongxin.content.Article;
import io.gongxin.content.ArticleDraft;
import io.gongxin.content.Column;

/**
 * The editor's form as sent: every field as typed, so that a refused form comes back
 * exactly as the officer left it.
 *
 * @param revision the revision the form was filled from; null for a new article
 */
record ArticleForm(String column, String title, String summary, String body, String source, String documentNumber,
		String publishDate, boolean pinned, Integer revision) {

	static ArticleForm blank(Column column) {
		return new ArticleForm((column != null) ? column.name() : null, null, null, null, null, null, null, false,
				null);
	}

	static ArticleForm of(Article article) {
		return new ArticleForm(article.column().name(), article.title(), article.summary(), article.body(),
				article.source(), article.documentNumber(),
				(article.publishDate() != null) ? article.publishDate().toString() : null, article.pinned(),
				article.revision());
	}

	/** The same input, as filled from another revision. */
	ArticleForm at(int revision) {
		return new ArticleForm(this.column, this.title, this.summary, this.body, this.source, this.documentNumber,
				this.publishDate, this.pinned, revision);
	}

	/**
	 * The draft the form makes; GX-CNT-001 with every mistake, those of parsing (a date
	 * that is none) included.
	 */
	ArticleDraft draft() {
		Map<String, String> mistakes = new LinkedHashMap<>();
		Column chosen = Column.of(this.column).orElse(null);
		LocalDate date = null;
		if (this.publishDate != null && !this.publishDate.isBlank()) {
			try {
				date = LocalDate.parse(this.publishDate.strip());
			}
			catch (DateTimeParseException ex) {
				mistakes.put("publishDate", "请按“年-月-日”填写发布日期，例如 2026-03-15。");
			}
		}
		mistakes.putAll(ArticleDraft.mistakes(chosen, this.title, this.summary, this.body, this.source,
				this.documentNumber, this.pinned));
		if (!mistakes.isEmpty()) {
			throw ArticleDraft.invalid(mistakes);
		}
		return new ArticleDraft(chosen, this.title, this.summary, this.body, this.source, this.documentNumber, date,
				this.pinned);
	}

}
