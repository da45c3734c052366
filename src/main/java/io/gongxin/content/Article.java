package io.gongxin.content;

import java.time.Instant;
import java.time.LocalDate;

import io.gongxin.content.internal.Markup;

/**
 * An article as stored: what the officer wrote, where it stands and who changed it.
 *
 * @param revision the number of changes so far (1 when created); a form sends it back so
 * that a change made meanwhile by someone else is not overwritten
 * @param publishDate the date shown as published; empty on a draft that leaves it to the
 * day of publication
 * @param createdByLabel the author as shown to officers, e.g. 张三（zhangsan）
 */
public record Article(long id, Column column, String title, String summary, String body, String source,
		String documentNumber, LocalDate publishDate, boolean pinned, ArticleState state, int revision,
		String createdBy, String createdByLabel, Instant createdAt, String updatedByLabel, Instant updatedAt,
		Instant publishedAt, Instant withdrawnAt, String withdrawalReason) {

	/** The body as HTML, every character of the text escaped (see {@link Markup}). */
	public String html() {
		return Markup.render(this.body);
	}

	/** What the officer wrote, to fill the form again. */
	public ArticleDraft draft() {
		return new ArticleDraft(this.column, this.title, this.summary, this.body, this.source, this.documentNumber,
				this.publishDate, this.pinned);
	}

	/** Whether it was changed after it was published (the public page says when). */
	public boolean updatedAfterPublication() {
		return this.publishedAt != null && this.updatedAt.isAfter(this.publishedAt);
	}

}
