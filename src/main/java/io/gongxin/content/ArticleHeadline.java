package io.gongxin.content;

import java.time.Instant;
import java.time.LocalDate;

/** An article in a listing: everything but its body. */
public record ArticleHeadline(long id, Column column, String title, String summary, String source,
		String documentNumber, LocalDate publishDate, boolean pinned, ArticleState state, String updatedByLabel,
		Instant updatedAt) {
}
