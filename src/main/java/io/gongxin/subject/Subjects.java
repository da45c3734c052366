package io.gongxin.subject;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.PipelinedSql;
import io.gongxin.platform.ProblemKind;
import io.gongxin.platform.SqlPipeline;
import io.gongxin.subject.internal.NameDiscrepancies;
import io.gongxin.subject.internal.NameIndexer;
import io.gongxin.subject.internal.SubjectSearch;
import io.gongxin.subject.internal.SubjectStore;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The subject register: registration, resolution of incoming records to subjects,
 * corrections and search. Changes are audited; reads of natural persons by officers are
 * audited by the callers that show them. The register is the one owner of identifier
 * codes and their aliases: what it registers and corrects is published
 * ({@link SubjectsRegistered}, {@link SubjectKeyCorrected}) for 重错码 governance.
 */
@Service
public class Subjects {

	private final SubjectStore store;

	private final SubjectSearch search;

	private final NameDiscrepancies discrepancies;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final NameIndexer nameIndexer;

	private final int deferNameIndexFrom;

	private final SqlPipeline pipeline;

	Subjects(SubjectStore store, SubjectSearch search, NameDiscrepancies discrepancies, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, NameIndexer nameIndexer, SqlPipeline pipeline,
			@Value("${gongxin.subject.name-index.defer-from:1000}") int deferNameIndexFrom) {
		this.pipeline = pipeline;
		this.events = events;
		this.clock = clock;
		this.nameIndexer = nameIndexer;
		this.deferNameIndexFrom = deferNameIndexFrom;
		this.store = store;
		this.search = search;
		this.discrepancies = discrepancies;
		this.audit = audit;
	}

	/** Who is searching: the public never finds natural persons by name. */
	public enum Audience {

		PUBLIC, OFFICER

	}

	@Transactional
	public SubjectId register(NewSubject subject, String source) {
		if (subject.key() != null && !this.store.findByKey(subject.key()).isEmpty()) {
			throw new DomainException("GX-SUB-002", ProblemKind.CONFLICT,
					"A subject with " + subject.key() + " is already registered.");
		}
		SubjectId id = this.store.insert(subject, source);
		publishRegistered(List.of(id), List.of(subject), source);
		this.audit.record(AuditEntry.change("subject.register", "subject", id.toString())
			.subject(id.toString())
			.after(subject.type() + "|" + subject.name() + "|" + subject.key()));
		return id;
	}

	/**
	 * Matches an incoming record to its subject by identifier, registering the subject
	 * when it is new. A reported name that differs from the registered one is recorded
	 * for review; the registered name is kept.
	 */
	@Transactional
	public Resolution resolve(SubjectKey key, SubjectType type, String reportedName, String source) {
		List<SubjectId> known = this.store.findByKey(key);
		if (known.isEmpty()) {
			SubjectId id = register(NewSubject.of(type, reportedName, key), source);
			return new Resolution(id, true, false);
		}
		SubjectId id = known.get(0);
		Subject subject = this.store.find(id).orElseThrow();
		boolean mismatch = !SubjectName.normalize(subject.name()).equals(SubjectName.normalize(reportedName));
		if (mismatch) {
			this.discrepancies.record(id, subject.name(), reportedName, source);
		}
		return new Resolution(id, false, mismatch);
	}

	private void publishRegistered(List<SubjectId> ids, List<NewSubject> subjects, String source) {
		List<SubjectId> organisations = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			NewSubject subject = subjects.get(i);
			if (!subject.type().isPerson() && subject.key() != null) {
				organisations.add(ids.get(i));
			}
		}
		if (!organisations.isEmpty()) {
			this.events.publishEvent(new SubjectsRegistered(organisations, source));
		}
	}

	/** Subjects by id, with their keys (unknown ids are left out), in id order. */
	@Transactional(readOnly = true)
	public List<Subject> findAll(List<SubjectId> ids) {
		return this.store.findAll(ids);
	}

	/** One subject a record claims to be about. */
	public record Claim(SubjectKey key, SubjectType type, String reportedName) {
	}

	/**
	 * {@link #resolve} for many records at once, as intake works through a batch: known
	 * keys are looked up in one query, new subjects registered in batches with one audit
	 * event for the set.
	 */
	@Transactional
	public Map<SubjectKey, Resolution> resolveAll(List<Claim> claims, String source) {
		Map<SubjectKey, Claim> byKey = new LinkedHashMap<>();
		claims.forEach(claim -> byKey.putIfAbsent(claim.key(), claim));
		Map<SubjectKey, SubjectStore.KeyHolder> known = this.store.findByKeys(new ArrayList<>(byKey.keySet()));
		Map<SubjectKey, Resolution> resolved = new LinkedHashMap<>();
		List<NewSubject> fresh = new ArrayList<>();
		List<SubjectKey> freshKeys = new ArrayList<>();
		for (Claim claim : byKey.values()) {
			SubjectStore.KeyHolder holder = known.get(claim.key());
			if (holder == null) {
				fresh.add(NewSubject.of(claim.type(), claim.reportedName(), claim.key()));
				freshKeys.add(claim.key());
				continue;
			}
			SubjectId id = holder.subjectId();
			boolean mismatch = !holder.normalizedName().equals(SubjectName.normalize(claim.reportedName()));
			if (mismatch) {
				this.discrepancies.record(id, holder.name(), claim.reportedName(), source);
			}
			resolved.put(claim.key(), new Resolution(id, false, mismatch));
		}
		List<SubjectId> ids = this.store.insertAll(fresh, source, fresh.size() >= this.deferNameIndexFrom);
		StringBuilder digest = new StringBuilder();
		for (int i = 0; i < ids.size(); i++) {
			resolved.put(freshKeys.get(i), new Resolution(ids.get(i), true, false));
			NewSubject subject = fresh.get(i);
			digest.append(ids.get(i))
				.append('|')
				.append(subject.type())
				.append('|')
				.append(subject.name())
				.append('|')
				.append(subject.key())
				.append('\n');
		}
		if (!ids.isEmpty()) {
			publishRegistered(ids, fresh, source);
			this.audit.record(
					AuditEntry.change("subject.register.bulk", "subject", ids.get(0) + ".." + ids.get(ids.size() - 1))
						.after(digest.toString())
						.details(ids.size() + " subjects from " + source));
		}
		return resolved;
	}

	/**
	 * Writes the search columns of subjects registered in bulk without them, now rather
	 * than at the indexer's next run; returns how many were indexed.
	 */
	public int indexPendingNames() {
		return this.nameIndexer.indexPending();
	}

	/** How many subjects the register holds (the base of shares such as 承诺覆盖率). */
	@Transactional(readOnly = true)
	public long count() {
		return this.store.count();
	}

	/**
	 * The register's ids in order, a page after {@code afterId} (for walks of every
	 * subject).
	 */
	@Transactional(readOnly = true)
	public List<SubjectId> idsAfter(long afterId, int limit) {
		return this.store.idsAfter(afterId, Math.max(1, Math.min(limit, 10_000)));
	}

	@Transactional(readOnly = true)
	public Optional<Subject> find(SubjectId id) {
		return this.store.find(id);
	}

	@Transactional(readOnly = true)
	public Subject get(SubjectId id) {
		return find(id)
			.orElseThrow(() -> new DomainException("GX-SUB-001", ProblemKind.NOT_FOUND, "No subject " + id + "."));
	}

	@Transactional(readOnly = true)
	public Optional<Subject> findByKey(SubjectKey key) {
		return this.store.findByKey(key).stream().findFirst().flatMap(this.store::find);
	}

	/**
	 * Subjects by key (current keys and aliases alike), in one query whatever the number
	 * of keys; keys no subject holds are left out.
	 */
	@Transactional(readOnly = true)
	public Map<SubjectKey, Subject> findAllByKeys(List<SubjectKey> keys) {
		return this.pipeline.one(byKeysSql(keys));
	}

	/**
	 * {@link #findAllByKeys} as a statement to send with others in one round trip
	 * ({@link SqlPipeline}), in the caller's transaction.
	 */
	public PipelinedSql<Map<SubjectKey, Subject>> byKeysSql(List<SubjectKey> keys) {
		List<SubjectKey> asked = List.copyOf(keys);
		return this.store.byKeysSql(asked).then(found -> {
			Map<SubjectKey, Subject> result = new LinkedHashMap<>();
			for (SubjectKey key : asked) {
				if (found.containsKey(key)) {
					result.put(key, found.get(key));
				}
			}
			return result;
		});
	}

	@Transactional(readOnly = true)
	public List<String> nameHistory(SubjectId id) {
		return this.store.nameHistory(id);
	}

	@Transactional(readOnly = true)
	public List<SubjectHit> search(String query, Audience audience, int limit) {
		if (query == null || query.length() > 100) {
			return List.of();
		}
		return this.search.search(query, audience == Audience.OFFICER, Math.max(1, Math.min(limit, 50)));
	}

	/** How many subjects one ranked search counts and pages through at most. */
	public static final int SEARCH_WINDOW = SubjectSearch.CANDIDATE_CAP;

	/**
	 * One page of a search: the matches ranked as {@link #search} ranks them, at most
	 * {@link #SEARCH_WINDOW} of them, with their number.
	 */
	@Transactional(readOnly = true)
	public SubjectSearchPage searchPage(String query, Audience audience, int offset, int size) {
		if (query == null || query.length() > 100) {
			return SubjectSearchPage.EMPTY;
		}
		return this.search.page(query, audience == Audience.OFFICER, Math.max(0, offset),
				Math.max(1, Math.min(size, 50)));
	}

	/**
	 * How many subjects registered in bulk still wait for the background name indexer:
	 * until it reaches them they are found by code, exact name and name prefix, but not
	 * by pinyin, initials or a fragment of their name.
	 */
	@Transactional(readOnly = true)
	public long namesAwaitingIndex() {
		return this.store.countUnindexed();
	}

	@Transactional
	public void rename(SubjectId id, String newName, int expectedVersion, String source) {
		Subject before = get(id);
		if (newName == null || newName.isBlank() || newName.length() > 200) {
			throw new DomainException("GX-SUB-004", ProblemKind.BAD_REQUEST, "A subject name has 1-200 characters.");
		}
		if (!this.store.rename(id, newName.strip(), expectedVersion, source)) {
			throw new DomainException("GX-SUB-003", ProblemKind.CONFLICT, "Subject " + id + " was changed meanwhile.");
		}
		this.audit.record(AuditEntry.change("subject.rename", "subject", id.toString())
			.subject(id.toString())
			.before(before.name())
			.after(newName));
	}

	@Transactional
	public void changeStatus(SubjectId id, SubjectStatus status, int expectedVersion) {
		Subject before = get(id);
		if (!this.store.changeStatus(id, status, expectedVersion)) {
			throw new DomainException("GX-SUB-003", ProblemKind.CONFLICT, "Subject " + id + " was changed meanwhile.");
		}
		this.audit.record(AuditEntry.change("subject.status", "subject", id.toString())
			.subject(id.toString())
			.before(before.status().name())
			.after(status.name()));
	}

	/**
	 * Records a corrected identifier: it becomes current and the old one stays as an
	 * alias, so records filed under either code reach the subject. Published for 重错码
	 * governance (organisations only).
	 * @param correctedBy who corrected it (an officer's name, or the system)
	 * @throws DomainException {@code GX-SUB-006} for a key of the wrong kind for the
	 * subject (a person keyed by a code or an organisation by a citizen id)
	 */
	@Transactional
	public void correctKey(SubjectId id, SubjectKey corrected, String reason, String correctedBy) {
		Subject before = get(id);
		if (before.type().isPerson() != (corrected.kind() == SubjectKey.Kind.CITIZEN_ID)) {
			throw new DomainException("GX-SUB-006", ProblemKind.RULE_VIOLATION,
					"Natural persons are keyed by citizen id, organisations are not.");
		}
		SubjectKey from = before.keys()
			.stream()
			.filter(Subject.KeyEntry::current)
			.map(Subject.KeyEntry::key)
			.filter(key -> key.kind() == corrected.kind())
			.findFirst()
			.orElse(null);
		this.store.addKey(id, corrected, true, reason);
		this.audit.record(AuditEntry.change("subject.key.correct", "subject", id.toString())
			.subject(id.toString())
			.before(String.valueOf(from))
			.after(String.valueOf(corrected))
			.details(reason));
		if (!before.type().isPerson()) {
			this.events.publishEvent(new SubjectKeyCorrected(id, before.type(), before.name(), from, corrected, reason,
					correctedBy, Instant.now(this.clock)));
		}
	}

	@Transactional(readOnly = true)
	public List<NameDiscrepancy> openDiscrepancies(long afterId, int limit) {
		return this.discrepancies.open(afterId, Math.max(1, Math.min(limit, 200)));
	}

	/**
	 * An officer decides a discrepancy: accept (rename to the reported name) or dismiss.
	 */
	@Transactional
	public void decideDiscrepancy(long discrepancyId, boolean accept) {
		NameDiscrepancy discrepancy = this.discrepancies.get(discrepancyId)
			.orElseThrow(() -> new DomainException("GX-SUB-005", ProblemKind.NOT_FOUND,
					"No open name discrepancy " + discrepancyId + "."));
		if (accept) {
			Subject subject = get(discrepancy.subjectId());
			rename(subject.id(), discrepancy.reportedName(), subject.version(), "discrepancy:" + discrepancyId);
		}
		this.discrepancies.decide(discrepancyId, accept);
		this.audit
			.record(AuditEntry
				.change(accept ? "subject.discrepancy.accept" : "subject.discrepancy.dismiss",
						"subject-name-discrepancy", Long.toString(discrepancyId))
				.subject(discrepancy.subjectId().toString()));
	}

}
