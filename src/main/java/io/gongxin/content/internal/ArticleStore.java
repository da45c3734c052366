package io.gongxin.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.content.Article;
import io.gongxin.content.ArticleDraft;
import io.gongxin.content.ArticleHeadline;
import io.gongxin.content.ArticleRevision;
import io.gongxin.content.ArticleState;
import io.gongxin.content.Column;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Articles and their revisions. Every change goes through a conditional update (the
 * state, and for edits the revision the form was read at), so two officers cannot
 * overwrite each other or publish twice.
 */
@Repository
public class ArticleStore {

	private static final String SELECT = """
			SELECT id, column_code, title, summary, body, source, document_number, publish_date, pinned, state,
			    revision, created_by, created_by_label, created_at, updated_by_label, updated_at, published_at,
			    withdrawn_at, withdrawal_reason
			FROM content_article
			""";

	private static final String HEADLINE = """
			SELECT id, column_code, title, summary, source, document_number, publish_date, pinned, state,
			    updated_by_label, updated_at
			FROM content_article
			""";

	/** Pinned notices first, then newest first. */
	private static final String PUBLIC_ORDER = " ORDER BY pinned DESC, publish_date DESC, id DESC";

	private final JdbcClient jdbc;

	ArticleStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(ArticleDraft draft, String by, String byLabel, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO content_article (column_code, title, summary, body, source, document_number, publish_date,
				    pinned, state, revision, created_by, created_by_label, created_at, updated_by, updated_by_label,
				    updated_at)
				VALUES (:column, :title, :summary, :body, :source, :documentNumber, CAST(:publishDate AS DATE), :pinned,
				    'DRAFT', 1, :by, :byLabel, :at, :by, :byLabel, :at)
				RETURNING id
				""").params(values(draft, by, byLabel, at)).query(Long.class).single();
	}

	/**
	 * Writes the officer's change; false when the article is withdrawn, gone, or was
	 * changed since the form was read at {@code readAt}.
	 */
	public boolean update(long id, int readAt, ArticleDraft draft, String by, String byLabel, Instant at) {
		return this.jdbc.sql("""
				UPDATE content_article SET column_code = :column, title = :title, summary = :summary, body = :body,
				    source = :source, document_number = :documentNumber,
				    publish_date = CASE WHEN state = 'DRAFT' THEN CAST(:publishDate AS DATE)
				                        ELSE coalesce(CAST(:publishDate AS DATE), publish_date) END,
				    pinned = :pinned, revision = revision + 1, updated_by = :by, updated_by_label = :byLabel,
				    updated_at = :at
				WHERE id = :id AND revision = :readAt AND state <> 'WITHDRAWN'
				""").params(values(draft, by, byLabel, at)).param("id", id).param("readAt", readAt).update() == 1;
	}

	/**
	 * Publishes the draft, dated {@code today} unless it names its date; false when it is
	 * no draft.
	 */
	public boolean publish(long id, LocalDate today, String by, String byLabel, Instant at) {
		return this.jdbc.sql("""
				UPDATE content_article SET state = 'PUBLISHED', publish_date = coalesce(publish_date, :today),
				    published_at = :at, revision = revision + 1, updated_by = :by, updated_by_label = :byLabel,
				    updated_at = :at
				WHERE id = :id AND state = 'DRAFT'
				""")
			.param("id", id)
			.param("today", today)
			.param("by", by)
			.param("byLabel", byLabel)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** Takes the published article off the portal; false when it is not published. */
	public boolean withdraw(long id, String reason, String by, String byLabel, Instant at) {
		return this.jdbc.sql("""
				UPDATE content_article SET state = 'WITHDRAWN', withdrawn_at = :at, withdrawal_reason = :reason,
				    revision = revision + 1, updated_by = :by, updated_by_label = :byLabel, updated_at = :at
				WHERE id = :id AND state = 'PUBLISHED'
				""")
			.param("id", id)
			.param("reason", reason)
			.param("by", by)
			.param("byLabel", byLabel)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** Keeps the article as it is now as its current revision. */
	public void keepRevision(long id, ArticleRevision.Action action, String note) {
		this.jdbc.sql("""
				INSERT INTO content_article_revision (article_id, revision, action, column_code, title, summary, body,
				    source, document_number, publish_date, pinned, state, changed_by, changed_by_label, changed_at,
				    note)
				SELECT id, revision, :action, column_code, title, summary, body, source, document_number, publish_date,
				    pinned, state, updated_by, updated_by_label, updated_at, :note
				FROM content_article WHERE id = :id
				""").param("id", id).param("action", action.name()).param("note", note).update();
	}

	public Optional<Article> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(ArticleStore::article).optional();
	}

	/** The article as it was after one of its changes. */
	public Optional<Article> revision(long id, int revision) {
		return this.jdbc.sql("""
				SELECT a.id, r.column_code, r.title, r.summary, r.body, r.source, r.document_number, r.publish_date,
				    r.pinned, r.state, r.revision, a.created_by, a.created_by_label, a.created_at,
				    r.changed_by_label AS updated_by_label, r.changed_at AS updated_at,
				    CASE WHEN r.state = 'DRAFT' THEN NULL ELSE a.published_at END AS published_at,
				    CASE WHEN r.state = 'WITHDRAWN' THEN a.withdrawn_at END AS withdrawn_at,
				    CASE WHEN r.state = 'WITHDRAWN' THEN a.withdrawal_reason END AS withdrawal_reason
				FROM content_article_revision r JOIN content_article a ON a.id = r.article_id
				WHERE r.article_id = :id AND r.revision = :revision
				""").param("id", id).param("revision", revision).query(ArticleStore::article).optional();
	}

	/** Every change of the article, latest first. */
	public List<ArticleRevision> revisions(long id) {
		return this.jdbc.sql("""
				SELECT article_id, revision, action, title, state, changed_by_label, changed_at, note
				FROM content_article_revision WHERE article_id = :id ORDER BY revision DESC
				""")
			.param("id", id)
			.query((rs, n) -> new ArticleRevision(rs.getLong("article_id"), rs.getInt("revision"),
					ArticleRevision.Action.valueOf(rs.getString("action")), rs.getString("title"),
					ArticleState.valueOf(rs.getString("state")), rs.getString("changed_by_label"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("note")))
			.list();
	}

	/**
	 * A page of the published articles of one column, or of all when {@code column} is
	 * null.
	 */
	public List<ArticleHeadline> published(Column column, int offset, int limit) {
		String where = (column == null) ? " WHERE state = 'PUBLISHED'"
				: " WHERE state = 'PUBLISHED' AND column_code = :column";
		JdbcClient.StatementSpec query = this.jdbc.sql(HEADLINE + where + PUBLIC_ORDER + " LIMIT :limit OFFSET :offset")
			.param("limit", limit)
			.param("offset", offset);
		if (column != null) {
			query = query.param("column", column.name());
		}
		return query.query(ArticleStore::headline).list();
	}

	/** How many articles the column shows, counted up to {@code cap + 1}. */
	public long countPublished(Column column, int cap) {
		String where = (column == null) ? " WHERE state = 'PUBLISHED'"
				: " WHERE state = 'PUBLISHED' AND column_code = :column";
		JdbcClient.StatementSpec query = this.jdbc
			.sql("SELECT count(*) FROM (SELECT 1 FROM content_article" + where + " LIMIT :cap) AS capped")
			.param("cap", cap + 1);
		if (column != null) {
			query = query.param("column", column.name());
		}
		return query.query(Long.class).single();
	}

	/**
	 * The editor's listing: articles in any state, last changed first, filtered when
	 * given.
	 */
	public List<ArticleHeadline> desk(Column column, ArticleState state, int offset, int limit) {
		return deskFilter(
				HEADLINE + " " + DESK_WHERE + " ORDER BY updated_at DESC, id DESC LIMIT :limit OFFSET :offset", column,
				state)
			.param("limit", limit)
			.param("offset", offset)
			.query(ArticleStore::headline)
			.list();
	}

	public long countDesk(Column column, ArticleState state, int cap) {
		return deskFilter(
				"SELECT count(*) FROM (SELECT 1 FROM content_article " + DESK_WHERE + " LIMIT :cap) AS capped", column,
				state)
			.param("cap", cap + 1)
			.query(Long.class)
			.single();
	}

	private static final String DESK_WHERE = """
			WHERE (CAST(:column AS TEXT) IS NULL OR column_code = :column)
			  AND (CAST(:state AS TEXT) IS NULL OR state = :state)""";

	private JdbcClient.StatementSpec deskFilter(String sql, Column column, ArticleState state) {
		return this.jdbc.sql(sql)
			.param("column", (column == null) ? null : column.name())
			.param("state", (state == null) ? null : state.name());
	}

	private static Map<String, Object> values(ArticleDraft draft, String by, String byLabel, Instant at) {
		Map<String, Object> values = new HashMap<>();
		values.put("column", draft.column().name());
		values.put("title", draft.title());
		values.put("summary", draft.summary());
		values.put("body", draft.body());
		values.put("source", draft.source());
		values.put("documentNumber", draft.documentNumber());
		values.put("publishDate", draft.publishDate());
		values.put("pinned", draft.pinned());
		values.put("by", by);
		values.put("byLabel", byLabel);
		values.put("at", Timestamp.from(at));
		return values;
	}

	private static Article article(ResultSet rs, int row) throws SQLException {
		return new Article(rs.getLong("id"), Column.valueOf(rs.getString("column_code")), rs.getString("title"),
				rs.getString("summary"), rs.getString("body"), rs.getString("source"), rs.getString("document_number"),
				rs.getObject("publish_date", LocalDate.class), rs.getBoolean("pinned"),
				ArticleState.valueOf(rs.getString("state")), rs.getInt("revision"), rs.getString("created_by"),
				rs.getString("created_by_label"), instant(rs, "created_at"), rs.getString("updated_by_label"),
				instant(rs, "updated_at"), instant(rs, "published_at"), instant(rs, "withdrawn_at"),
				rs.getString("withdrawal_reason"));
	}

	private static ArticleHeadline headline(ResultSet rs, int row) throws SQLException {
		return new ArticleHeadline(rs.getLong("id"), Column.valueOf(rs.getString("column_code")), rs.getString("title"),
				rs.getString("summary"), rs.getString("source"), rs.getString("document_number"),
				rs.getObject("publish_date", LocalDate.class), rs.getBoolean("pinned"),
				ArticleState.valueOf(rs.getString("state")), rs.getString("updated_by_label"),
				instant(rs, "updated_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value == null) ? null : value.toInstant();
	}

}
