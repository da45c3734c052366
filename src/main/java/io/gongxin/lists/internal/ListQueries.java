package io.gongxin.lists.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gongxin.lists.EntryEnd;
import io.gongxin.lists.ListEntry;
import io.gongxin.lists.ListKind;
import io.gongxin.lists.PublicListEntry;
import io.gongxin.lists.Representation;
import io.gongxin.lists.SubjectDelisted;
import io.gongxin.platform.PipelinedSql;
import io.gongxin.platform.SqlPipeline;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.Subjects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** The reads and the one officer-side change the facade offers, over the stores. */
@Component
public class ListQueries {

	private final EntryStore entries;

	private final RepresentativeStore representatives;

	private final Subjects subjects;

	private final ApplicationEventPublisher events;

	private final SqlPipeline pipeline;

	ListQueries(EntryStore entries, RepresentativeStore representatives, Subjects subjects,
			ApplicationEventPublisher events, SqlPipeline pipeline) {
		this.pipeline = pipeline;
		this.entries = entries;
		this.representatives = representatives;
		this.subjects = subjects;
		this.events = events;
	}

	public List<ListEntry> ofSubjects(Collection<SubjectId> subjects) {
		return this.pipeline.one(ofSubjectsSql(subjects));
	}

	public PipelinedSql<List<ListEntry>> ofSubjectsSql(Collection<SubjectId> subjects) {
		return this.entries.ofSubjects(subjects.stream().map(SubjectId::value).distinct().toList());
	}

	public Optional<ListEntry> find(long id) {
		return this.entries.find(id);
	}

	public List<PublicListEntry> publicPage(ListKind kind, String query, long beforeId, int limit, LocalDate today) {
		return this.entries.page(kind, query, kind.personsPublic(), today, beforeId, limit)
			.stream()
			.map(ListQueries::publicView)
			.toList();
	}

	public List<PublicListEntry> publicPageAt(ListKind kind, String query, int offset, int limit, LocalDate today) {
		return this.entries.pageAt(kind, query, kind.personsPublic(), today, offset, limit)
			.stream()
			.map(ListQueries::publicView)
			.toList();
	}

	public long publicCountMatching(ListKind kind, String query, int cap, LocalDate today) {
		return this.entries.countMatching(kind, query, kind.personsPublic(), today, cap);
	}

	public long publicCount(ListKind kind, LocalDate today) {
		return this.entries.countInForce(kind, kind.personsPublic(), today);
	}

	public List<Representation> representedBy(String canonicalCitizenId, Instant at) {
		return representedBy(List.of(canonicalCitizenId), at).getOrDefault(canonicalCitizenId, List.of());
	}

	/**
	 * The organisations each person (by canonical citizen id) represented at that
	 * instant; persons without any left out.
	 */
	public Map<String, List<Representation>> representedBy(Collection<String> canonicalCitizenIds, Instant at) {
		return this.pipeline.one(representedBySql(canonicalCitizenIds, at));
	}

	/**
	 * {@link #representedBy(Collection, Instant)} as a statement; the organisations'
	 * names and codes are read after the trip, and only when someone represented one.
	 */
	public PipelinedSql<Map<String, List<Representation>>> representedBySql(Collection<String> canonicalCitizenIds,
			Instant at) {
		Map<String, String> persons = new HashMap<>();
		canonicalCitizenIds.forEach(id -> persons.put(PersonDigest.of(id), id));
		return this.representatives.ofPersons(persons.keySet(), at).then(rows -> {
			if (rows.isEmpty()) {
				return Map.of();
			}
			Map<SubjectId, Subject> organisations = this.subjects
				.findAll(rows.stream().map(row -> new SubjectId(row.organisationId())).distinct().toList())
				.stream()
				.collect(Collectors.toMap(Subject::id, Function.identity()));
			Map<String, List<Representation>> result = new LinkedHashMap<>();
			for (RepresentativeStore.Row row : rows) {
				Subject organisation = organisations.get(new SubjectId(row.organisationId()));
				if (organisation != null) {
					result.computeIfAbsent(persons.get(row.personDigest()), id -> new ArrayList<>())
						.add(new Representation(organisation.id(), organisation.name(),
								organisation.currentKey().value(), row.personName(), row.role(), row.since(),
								row.recordId()));
				}
			}
			return result;
		});
	}

	public Optional<ListEntry> endByRepair(long entryId, String reason, Instant at) {
		Optional<ListEntry> ended = this.entries.end(entryId, EntryEnd.REPAIRED, reason, at);
		ended.ifPresent(entry -> this.events
			.publishEvent(new SubjectDelisted(entry.id(), entry.kind(), entry.subjectId().value(), EntryEnd.REPAIRED)));
		return ended;
	}

	/**
	 * Persons' ids are already masked in the entry; names stay, as the courts publish
	 * them.
	 */
	public static PublicListEntry publicView(ListEntry entry) {
		return new PublicListEntry(entry.id(), entry.kind(), entry.listName(), entry.subjectName(), entry.subjectCode(),
				entry.subjectType().isPerson(), entry.authority(),
				entry.subjectType().isPerson() ? null : entry.reason(), entry.documentNumber(), entry.enteredOn(),
				entry.exitOn(), entry.kind().basis());
	}

}
