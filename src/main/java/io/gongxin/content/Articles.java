package io.gongxin.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.content.internal.ArticleStore;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's articles: written as drafts, published, changed, withdrawn, each change
 * kept as a revision and audited; read by the public once published and until withdrawn.
 * Pages call {@code ${@articles.latest()}} for the home page's newest articles.
 */
@Service("articles")
public class Articles {

	/** Articles per column on the home page. */
	public static final int LATEST = 5;

	/** Longest reason for a withdrawal. */
	public static final int REASON_MAX = 200;

	private final ArticleStore store;

	private final AuditLog audit;

	private final Clock clock;

	Articles(ArticleStore store, AuditLog audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/** Saves a new draft, authored by whoever acts. */
	@Transactional
	public Article create(ArticleDraft draft) {
		checkDate(draft);
		Instant now = this.clock.instant();
		long id = this.store.insert(draft, ActingUser.currentName(), ActingUser.currentLabel(), now);
		this.store.keepRevision(id, ArticleRevision.Action.CREATE, null);
		this.audit.record(AuditEntry.change("content.article.create", "article", String.valueOf(id))
			.after(snapshot(draft))
			.details(draft.column().label() + "：" + draft.title()));
		return find(id);
	}

	/**
	 * Writes a change to a draft or a published article (the public sees it at once).
	 * @param readAt the revision the officer's form was filled from
	 */
	@Transactional
	public Article update(long id, int readAt, ArticleDraft draft) {
		checkDate(draft);
		Article before = find(id);
		if (!this.store.update(id, readAt, draft, ActingUser.currentName(), ActingUser.currentLabel(),
				this.clock.instant())) {
			throw refusedChange(before, readAt);
		}
		this.store.keepRevision(id, ArticleRevision.Action.EDIT, null);
		Article after = find(id);
		this.audit.record(AuditEntry.change("content.article.edit", "article", String.valueOf(id))
			.before(snapshot(before.draft()))
			.after(snapshot(after.draft()))
			.details(after.column().label() + "：" + after.title() + "（第 " + after.revision() + " 版）"));
		return after;
	}

	/** Puts the draft on the portal, dated today unless it names its date. */
	@Transactional
	public Article publish(long id) {
		Article draft = find(id);
		if (!this.store.publish(id, today(), ActingUser.currentName(), ActingUser.currentLabel(),
				this.clock.instant())) {
			throw wrongState(draft, "Only a draft can be published.");
		}
		this.store.keepRevision(id, ArticleRevision.Action.PUBLISH, null);
		this.audit.record(AuditEntry.change("content.article.publish", "article", String.valueOf(id))
			.before(ArticleState.DRAFT.name())
			.after(ArticleState.PUBLISHED.name())
			.details(draft.column().label() + "：" + draft.title()));
		return find(id);
	}

	/** Takes the published article off the portal for good, with the reason given. */
	@Transactional
	public Article withdraw(long id, String reason) {
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (why != null && why.codePointCount(0, why.length()) > REASON_MAX) {
			throw new DomainException("GX-CNT-006", ProblemKind.RULE_VIOLATION,
					"A reason for a withdrawal has at most " + REASON_MAX + " characters.", Map.of("id", id));
		}
		Article published = find(id);
		if (!this.store.withdraw(id, why, ActingUser.currentName(), ActingUser.currentLabel(), this.clock.instant())) {
			throw wrongState(published, "Only a published article can be withdrawn.");
		}
		this.store.keepRevision(id, ArticleRevision.Action.WITHDRAW, why);
		this.audit.record(AuditEntry.change("content.article.withdraw", "article", String.valueOf(id))
			.before(ArticleState.PUBLISHED.name())
			.after(ArticleState.WITHDRAWN.name())
			.details(published.column().label() + "：" + published.title() + ((why != null) ? "；原因：" + why : "")));
		return find(id);
	}

	/**
	 * The draft as the article it would make, checked as saving would check it, unsaved.
	 */
	public Article preview(ArticleDraft draft) {
		checkDate(draft);
		Instant now = this.clock.instant();
		String by = ActingUser.currentLabel();
		return new Article(0, draft.column(), draft.title(), draft.summary(), draft.body(), draft.source(),
				draft.documentNumber(), (draft.publishDate() != null) ? draft.publishDate() : today(), draft.pinned(),
				ArticleState.DRAFT, 0, ActingUser.currentName(), by, now, by, now, null, null, null);
	}

	/** An article in any state, for its editors; GX-CNT-002 when there is none. */
	@Transactional(readOnly = true)
	public Article find(long id) {
		return this.store.find(id)
			.orElseThrow(() -> new DomainException("GX-CNT-002", ProblemKind.NOT_FOUND, "No such article.",
					Map.of("id", id)));
	}

	/**
	 * A published article, for the public; GX-CNT-003 for a draft, a withdrawn one or
	 * none.
	 */
	@Transactional(readOnly = true)
	public Article published(long id) {
		return this.store.find(id)
			.filter(article -> article.state() == ArticleState.PUBLISHED)
			.orElseThrow(() -> new DomainException("GX-CNT-003", ProblemKind.NOT_FOUND,
					"No published article with this id (it may have been withdrawn).", Map.of("id", id)));
	}

	/** Every change of the article, latest first. */
	@Transactional(readOnly = true)
	public List<ArticleRevision> revisions(long id) {
		return this.store.revisions(id);
	}

	/** The article as it was after its change number {@code revision}. */
	@Transactional(readOnly = true)
	public Article revision(long id, int revision) {
		return this.store.revision(id, revision)
			.orElseThrow(() -> new DomainException("GX-CNT-002", ProblemKind.NOT_FOUND, "No such article revision.",
					Map.of("id", id, "revision", revision)));
	}

	/**
	 * A page of a column's published articles (all columns for null): pinned, then
	 * newest.
	 */
	@Transactional(readOnly = true)
	public List<ArticleHeadline> published(Column column, int offset, int limit) {
		return this.store.published(column, Math.max(0, offset), Math.max(1, Math.min(limit, 100)));
	}

	/** How many articles a column shows, counted up to {@code cap + 1}. */
	@Transactional(readOnly = true)
	public long countPublished(Column column, int cap) {
		return this.store.countPublished(column, cap);
	}

	/** The newest published articles of each column, for the home page. */
	@Transactional(readOnly = true)
	public Map<Column, List<ArticleHeadline>> latest() {
		Map<Column, List<ArticleHeadline>> latest = new EnumMap<>(Column.class);
		for (Column column : Column.values()) {
			latest.put(column, this.store.published(column, 0, LATEST));
		}
		return latest;
	}

	/** The editors' listing, last changed first; null filters are left out. */
	@Transactional(readOnly = true)
	public List<ArticleHeadline> desk(Column column, ArticleState state, int offset, int limit) {
		return this.store.desk(column, state, Math.max(0, offset), Math.max(1, Math.min(limit, 100)));
	}

	@Transactional(readOnly = true)
	public long countDesk(Column column, ArticleState state, int cap) {
		return this.store.countDesk(column, state, cap);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private void checkDate(ArticleDraft draft) {
		if (draft.publishDate() != null && draft.publishDate().isAfter(today())) {
			throw ArticleDraft.invalid(Map.of("publishDate", "发布日期不能晚于今天；留空则以发布当天为准。"));
		}
	}

	private static DomainException refusedChange(Article before, int readAt) {
		if (!before.state().editable()) {
			return wrongState(before, "A withdrawn article cannot be changed.");
		}
		return new DomainException("GX-CNT-004", ProblemKind.CONFLICT,
				"The article was changed by someone else since the form was opened.",
				Map.of("id", before.id(), "readAt", readAt, "revision", before.revision()));
	}

	private static DomainException wrongState(Article article, String message) {
		return new DomainException("GX-CNT-005", ProblemKind.CONFLICT,
				"The article's state does not allow this: " + message,
				Map.of("id", article.id(), "state", article.state().name()));
	}

	/** What the audit log digests: the whole article as written. */
	private static String snapshot(ArticleDraft draft) {
		return String.join("\u001f", draft.column().name(), draft.title(), String.valueOf(draft.summary()),
				draft.body(), draft.source(), String.valueOf(draft.documentNumber()),
				String.valueOf(draft.publishDate()), String.valueOf(draft.pinned()));
	}

}
