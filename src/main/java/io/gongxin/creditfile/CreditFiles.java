package io.gongxin.creditfile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.creditfile.internal.BasicDataProjection;
import io.gongxin.creditfile.internal.CreditFileProjection;
import io.gongxin.creditfile.internal.PublicView;
import io.gongxin.creditfile.internal.PublicationQueries;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.SubjectId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit files (信用档案): the officer's full view of a subject's items, the public's view of
 * the items in publicity, the 双公示 listing, and the upkeep of the projection (rebuild, end
 * of publicity). Reads of natural persons' files are audited by the callers that show
 * them.
 */
@Service
public class CreditFiles {

	private final CreditFileProjection projection;

	private final BasicDataProjection basicData;

	private final PublicationQueries publications;

	private final Clock clock;

	/**
	 * The deepest a listing is read by position; further on it is read by cursor (or
	 * narrowed by a filter).
	 */
	public static final int MAX_OFFSET = 10_000;

	CreditFiles(CreditFileProjection projection, BasicDataProjection basicData, PublicationQueries publications,
			Clock clock) {
		this.projection = projection;
		this.basicData = basicData;
		this.publications = publications;
		this.clock = clock;
	}

	/** Every item of a subject, hidden, ended, revoked and superseded ones included. */
	@Transactional(readOnly = true)
	public List<CreditFileItem> fileOf(SubjectId subject) {
		return this.projection.ofSubject(subject);
	}

	/**
	 * The items projected from one intake batch, by record id; pass the last id seen for
	 * more.
	 */
	@Transactional(readOnly = true)
	public List<CreditFileItem> itemsOfBatch(java.util.UUID batchId, long afterRecordId, int limit) {
		return this.projection.ofBatch(batchId, afterRecordId, Math.max(1, Math.min(limit, 5000)));
	}

	@Transactional(readOnly = true)
	public Optional<CreditFileItem> item(long recordId) {
		return this.projection.find(recordId);
	}

	/**
	 * The basic data (法定代表人/经营者, 成立日期, 住所, 登记状态) the records about the subject state,
	 * each from its newest source in publicity, with that source. Empty for natural
	 * persons.
	 */
	@Transactional(readOnly = true)
	public BasicData basicData(SubjectId subject) {
		return this.basicData.of(subject);
	}

	/** Items of one category in publicity, newest first, masked for the public. */
	@Transactional(readOnly = true)
	public List<PublicItem> publicItems(SubjectId subject, String categoryCode, int limit) {
		return this.projection.publishedOfSubject(subject, categoryCode, Math.max(1, Math.min(limit, 200)))
			.stream()
			.filter(item -> !item.subjectType().isPerson())
			.map(PublicView::of)
			.toList();
	}

	/**
	 * The 双公示 listing: organisations' items in publicity, newest first; pass the last
	 * item's decision date and id to get the next page.
	 */
	@Transactional(readOnly = true)
	public List<PublicItem> publications(PublicationFilter filter, LocalDate beforeDate, Long beforeId, int limit) {
		if ((beforeDate == null) != (beforeId == null)) {
			throw new DomainException("GX-CF-004", ProblemKind.BAD_REQUEST,
					"A page cursor needs both the decision date and the record id.");
		}
		return this.projection
			.published(filter, beforeDate, (beforeId != null) ? beforeId : 0L, Math.max(1, Math.min(limit, 1000)))
			.stream()
			.map(PublicView::of)
			.toList();
	}

	/**
	 * A page of the 双公示 listing by position, newest first: {@code offset} is at most
	 * {@link #MAX_OFFSET}.
	 */
	@Transactional(readOnly = true)
	public List<PublicItem> publicationsAt(PublicationFilter filter, int offset, int limit) {
		return this.publications
			.at(filter, Math.max(0, Math.min(offset, MAX_OFFSET)), Math.max(1, Math.min(limit, 1000)))
			.stream()
			.map(PublicView::of)
			.toList();
	}

	/**
	 * The page of the 双公示 listing just before a cursor (the first item of the page one is
	 * on), newest first: paging back without counting from the start.
	 */
	@Transactional(readOnly = true)
	public List<PublicItem> publicationsNewerThan(PublicationFilter filter, LocalDate afterDate, long afterId,
			int limit) {
		return this.publications.newerThan(filter, afterDate, afterId, Math.max(1, Math.min(limit, 1000)))
			.stream()
			.map(PublicView::of)
			.toList();
	}

	/**
	 * How many items the 双公示 listing finds, counted up to {@code cap + 1} (so a result
	 * above {@code cap} means "more than cap").
	 */
	@Transactional(readOnly = true)
	public long countPublications(PublicationFilter filter, int cap) {
		return this.publications.count(filter, Math.max(1, Math.min(cap, MAX_OFFSET)));
	}

	/**
	 * A page of a subject's items of one category in publicity, newest first, masked for
	 * the public; natural persons have none.
	 */
	@Transactional(readOnly = true)
	public List<PublicItem> publicItems(SubjectId subject, String categoryCode, int offset, int limit) {
		return this.publications
			.ofSubject(subject, categoryCode, Math.max(0, Math.min(offset, MAX_OFFSET)),
					Math.max(1, Math.min(limit, 200)))
			.stream()
			.map(PublicView::of)
			.toList();
	}

	/**
	 * How many items in publicity an organisation has per category code (categories
	 * without any are left out); empty for natural persons.
	 */
	@Transactional(readOnly = true)
	public Map<String, Long> publicCounts(SubjectId subject) {
		return this.publications.countsOf(subject);
	}

	/**
	 * 双公示 figures: decisions in publicity, this month's (by decision date, in the
	 * configured zone) and the {@code top} departments that publish most.
	 */
	@Transactional(readOnly = true)
	public PublicationStatistics publicationStatistics(int top) {
		return this.publications.statistics(LocalDate.now(this.clock).withDayOfMonth(1),
				Math.max(1, Math.min(top, 100)));
	}

	/** Re-projects every accepted record; returns how many items were written. */
	public long rebuild() {
		return this.projection.rebuild();
	}

	/**
	 * Ends the publicity of every item whose last day has passed, publishing
	 * {@link PublicityEnded} for each; running it twice changes nothing.
	 */
	public int endDuePublicity() {
		return this.projection.endDue(LocalDate.now(this.clock));
	}

	/**
	 * Takes an item out of publicity for good after an approved credit repair; a rebuild
	 * keeps it out. The repair capability calls this in the approval's transaction.
	 * Returns whether the item was in publicity.
	 */
	@Transactional
	public boolean endByRepair(long recordId, String reference, LocalDate day) {
		return this.projection.markRepaired(recordId, reference, day);
	}

	/**
	 * Marks an item 异议处理中 on the portal and in reports from the acceptance of an
	 * objection to it until {@link #clearObjection} at its decision.
	 */
	@Transactional
	public void markUnderObjection(long recordId, String reference) {
		this.projection.markUnderObjection(recordId, reference);
	}

	/**
	 * Projects a record's item again from the record, after the platform corrected its
	 * own error in how it was shown; returns the items written (0 for an unknown record).
	 */
	public int reproject(long recordId) {
		return this.projection.projectRecord(recordId);
	}

	@Transactional
	public void clearObjection(long recordId) {
		this.projection.clearObjection(recordId);
	}

	@Transactional(readOnly = true)
	public long size() {
		return this.projection.count();
	}

}
