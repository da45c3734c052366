package io.gongxin.lists;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.lists.internal.ListQueries;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PipelinedSql;
import io.gongxin.platform.ProblemKind;
import io.gongxin.platform.SqlPipeline;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit lists: a subject's entries and its status at any instant, the public list pages,
 * and the organisations a person represents.
 */
@Service
public class Lists {

	private final ListQueries queries;

	private final AuditLog audit;

	private final Clock clock;

	private final SqlPipeline pipeline;

	Lists(ListQueries queries, AuditLog audit, Clock clock, SqlPipeline pipeline) {
		this.pipeline = pipeline;
		this.queries = queries;
		this.audit = audit;
		this.clock = clock;
	}

	/** The entries that counted for the subject at that instant. */
	@Transactional(readOnly = true)
	public List<ListEntry> inForce(SubjectId subject, Instant at) {
		return inForce(List.of(subject), at).getOrDefault(subject, List.of());
	}

	/**
	 * The entries that counted at that instant, per subject (subjects without any left
	 * out).
	 */
	@Transactional(readOnly = true)
	public Map<SubjectId, List<ListEntry>> inForce(Collection<SubjectId> subjects, Instant at) {
		return this.pipeline.one(inForceSql(subjects, at));
	}

	/**
	 * {@link #inForce(Collection, Instant)} as a statement to send with others in one
	 * round trip ({@link SqlPipeline}), in the caller's transaction.
	 */
	public PipelinedSql<Map<SubjectId, List<ListEntry>>> inForceSql(Collection<SubjectId> subjects, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, this.clock.getZone());
		return this.queries.ofSubjectsSql(subjects).then(entries -> {
			Map<SubjectId, List<ListEntry>> result = new LinkedHashMap<>();
			for (ListEntry entry : entries) {
				if (entry.inForce(at, day)) {
					result.computeIfAbsent(entry.subjectId(), id -> new java.util.ArrayList<>()).add(entry);
				}
			}
			return result;
		});
	}

	/** Every entry of the subject, ended ones included, newest first (officer view). */
	@Transactional(readOnly = true)
	public List<ListEntry> history(SubjectId subject) {
		return this.queries.ofSubjects(List.of(subject));
	}

	@Transactional(readOnly = true)
	public Optional<ListEntry> entry(long id) {
		return this.queries.find(id);
	}

	/**
	 * One page of a public list: entries counting today, newest first, searchable by name
	 * or code; pass the last id seen for the next page.
	 */
	@Transactional(readOnly = true)
	public List<PublicListEntry> publicPage(ListKind kind, String query, Long beforeId, int limit) {
		if (query != null && query.strip().length() > 100) {
			throw new DomainException("GX-LST-002", ProblemKind.BAD_REQUEST, "A search has at most 100 characters.");
		}
		return this.queries.publicPage(kind, query, (beforeId == null) ? Long.MAX_VALUE : beforeId,
				Math.max(1, Math.min(limit, 100)), today());
	}

	/**
	 * {@link #publicPage} by position: {@code offset} entries in (at most
	 * {@value #MAX_OFFSET}).
	 */
	@Transactional(readOnly = true)
	public List<PublicListEntry> publicPageAt(ListKind kind, String query, int offset, int limit) {
		checkQuery(query);
		return this.queries.publicPageAt(kind, query, Math.max(0, Math.min(offset, MAX_OFFSET)),
				Math.max(1, Math.min(limit, 100)), today());
	}

	/**
	 * How many entries {@link #publicPage} finds for the query, counted up to
	 * {@code cap + 1} (so a result above {@code cap} means "more than cap").
	 */
	@Transactional(readOnly = true)
	public long publicCount(ListKind kind, String query, int cap) {
		checkQuery(query);
		return this.queries.publicCountMatching(kind, query, Math.max(1, Math.min(cap, MAX_OFFSET)), today());
	}

	/** The deepest a public list is read by position. */
	public static final int MAX_OFFSET = 10_000;

	private static void checkQuery(String query) {
		if (query != null && query.strip().length() > 100) {
			throw new DomainException("GX-LST-002", ProblemKind.BAD_REQUEST, "A search has at most 100 characters.");
		}
	}

	@Transactional(readOnly = true)
	public long publicCount(ListKind kind) {
		return this.queries.publicCount(kind, today());
	}

	/** The subject's public entries counting today, per the public rules of each list. */
	@Transactional(readOnly = true)
	public List<PublicListEntry> publicEntriesOf(SubjectId subject) {
		LocalDate day = today();
		Instant now = this.clock.instant();
		return this.queries.ofSubjects(List.of(subject))
			.stream()
			.filter(entry -> entry.inForce(now, day))
			.filter(entry -> !entry.subjectType().isPerson() || entry.kind().personsPublic())
			.map(ListQueries::publicView)
			.toList();
	}

	/** The organisations the person (by citizen id) represented at that instant. */
	@Transactional(readOnly = true)
	public List<Representation> representedBy(SubjectKey person, Instant at) {
		if (person.kind() != SubjectKey.Kind.CITIZEN_ID) {
			return List.of();
		}
		return this.queries.representedBy(person.value(), at);
	}

	/**
	 * The organisations each person represented at that instant, in one read; persons
	 * without any (and keys that are not citizen ids) left out.
	 */
	@Transactional(readOnly = true)
	public Map<SubjectKey, List<Representation>> representedBy(Collection<SubjectKey> persons, Instant at) {
		return this.pipeline.one(representedBySql(persons, at));
	}

	/**
	 * {@link #representedBy(Collection, Instant)} as a statement to send with others in
	 * one round trip; nothing is sent when no key is a citizen id.
	 */
	public PipelinedSql<Map<SubjectKey, List<Representation>>> representedBySql(Collection<SubjectKey> persons,
			Instant at) {
		Map<String, SubjectKey> byValue = new LinkedHashMap<>();
		persons.stream()
			.filter(person -> person.kind() == SubjectKey.Kind.CITIZEN_ID)
			.forEach(person -> byValue.put(person.value(), person));
		if (byValue.isEmpty()) {
			return PipelinedSql.known(Map.of());
		}
		return this.queries.representedBySql(byValue.keySet(), at).then(found -> {
			Map<SubjectKey, List<Representation>> result = new LinkedHashMap<>();
			found.forEach((value, roles) -> result.put(byValue.get(value), roles));
			return result;
		});
	}

	/**
	 * Ends an entry early through credit repair (信用修复); the repair capability calls this
	 * once a repair is granted.
	 */
	@Transactional
	public ListEntry endByRepair(long entryId, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new DomainException("GX-LST-003", ProblemKind.BAD_REQUEST, "Ending an entry needs a reason.");
		}
		ListEntry ended = this.queries.endByRepair(entryId, reason.strip(), this.clock.instant())
			.orElseThrow(() -> new DomainException("GX-LST-001", ProblemKind.NOT_FOUND,
					"No list entry … that still counts.", Map.of("entry", entryId)));
		this.audit.record(AuditEntry.change("lists.entry.repaired", "list-entry", Long.toString(entryId))
			// a person's code is kept masked in the entry
			.subject(ended.subjectCode())
			.details(reason.strip()));
		return ended;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
