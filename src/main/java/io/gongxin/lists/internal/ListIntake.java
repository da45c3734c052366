package io.gongxin.lists.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.RecordFacts;
import io.gongxin.catalog.RecordReader;
import io.gongxin.identifier.CitizenId;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.lists.EntryEnd;
import io.gongxin.lists.ListEntry;
import io.gongxin.lists.ListKind;
import io.gongxin.lists.RepresentativeRole;
import io.gongxin.lists.SubjectDelisted;
import io.gongxin.lists.SubjectListed;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.Subjects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the records of an intake batch into list entries (and ends the entries of the
 * records the batch corrected or revoked), and notes who represents which organisation.
 * Safe to run twice for a batch: entries are keyed by record, ends only end what still
 * counts.
 */
@Component
class ListIntake {

	private static final int PAGE = 1000;

	private final CreditRecords records;

	private final RecordReader reader;

	private final Subjects subjects;

	private final EntryStore entries;

	private final RepresentativeStore representatives;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Set<String> watchCategories;

	ListIntake(CreditRecords records, RecordReader reader, Subjects subjects, EntryStore entries,
			RepresentativeStore representatives, ApplicationEventPublisher events, TransactionTemplate transactions,
			Clock clock, @Value("${gongxin.lists.watch-categories:}") Set<String> watchCategories) {
		this.records = records;
		this.reader = reader;
		this.subjects = subjects;
		this.entries = entries;
		this.representatives = representatives;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.watchCategories = Set.copyOf(watchCategories);
	}

	Optional<ListKind> kindOf(String categoryCode) {
		if (this.watchCategories.contains(categoryCode)) {
			return Optional.of(ListKind.WATCH);
		}
		return ListKind.ofCategory(categoryCode);
	}

	void intake(UUID batchId) {
		long after = 0;
		while (true) {
			List<CreditRecord> page = this.records.ofBatch(batchId, after, PAGE);
			if (page.isEmpty()) {
				return;
			}
			this.transactions.executeWithoutResult(status -> write(batchId, page));
			after = page.get(page.size() - 1).id();
		}
	}

	private void write(UUID batchId, List<CreditRecord> page) {
		Instant now = this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		// the subjects' codes are needed only for list entries: most batches (licences,
		// penalties) make none
		Map<SubjectId, Subject> known = new HashMap<>();
		this.subjects
			.findAll(page.stream()
				.filter(record -> kindOf(record.categoryCode()).isPresent())
				.map(CreditRecord::subjectId)
				.distinct()
				.toList())
			.forEach(subject -> known.put(subject.id(), subject));
		for (CreditRecord record : page) {
			if (!record.batchId().equals(batchId)) {
				ended(record, now);
				continue;
			}
			Optional<RecordFacts> read = this.reader.read(CatalogVersionId.of(record.catalogVersion()),
					record.categoryCode(), record.fields());
			if (read.isEmpty()) {
				continue;
			}
			Optional<ListKind> kind = kindOf(record.categoryCode());
			if (kind.isPresent() && record.decisionDate() != null) {
				listed(record, read.get(), kind.get(), known.get(record.subjectId()), now);
			}
			if (!record.subjectType().isPerson()) {
				represented(record, read.get(), now);
			}
		}
	}

	private void listed(CreditRecord record, RecordFacts facts, ListKind kind, Subject subject, Instant now) {
		String listName = facts.value(FieldRole.LIST_NAME);
		if (listName == null || listName.isBlank()) {
			listName = kind.label();
		}
		LocalDate exit = facts.date(FieldRole.EXIT_DATE);
		if (exit == null) {
			exit = facts.date(FieldRole.VALID_UNTIL);
		}
		String code = (subject == null) ? null : subject.currentKey().value();
		if (code != null && record.subjectType().isPerson()) {
			code = CitizenId.mask(code);
		}
		ListEntry entry = new ListEntry(0, kind, listName, record.subjectId(), record.subjectType(),
				record.subjectName(), code, record.id(), record.categoryCode(), record.providerCode(),
				facts.value(FieldRole.AUTHORITY),
				Optional.ofNullable(facts.value(FieldRole.LIST_BASIS))
					.orElse(facts.category().legalBasis() == null ? null : facts.category().legalBasis().text()),
				facts.value(FieldRole.CONTENT),
				// a category without a document number gets a synthetic key at intake:
				// not
				// something to show
				facts.declares(FieldRole.DOCUMENT_NUMBER) ? record.documentNumber() : null, record.decisionDate(), exit,
				now, null, null, null);
		// without a document number, a new record for the same listing (same subject,
		// list
		// and listing date), e.g. one that adds the exit date, corrects it; with one, the
		// intake's supersession does (see ended)
		if (!facts.declares(FieldRole.DOCUMENT_NUMBER)) {
			this.entries.endSameListing(entry, now)
				.forEach(ended -> this.events.publishEvent(
						new SubjectDelisted(ended.id(), ended.kind(), ended.subjectId().value(), EntryEnd.CORRECTED)));
		}
		this.entries.insert(entry)
			.ifPresent(id -> this.events.publishEvent(
					new SubjectListed(id, kind, entry.listName(), record.subjectId().value(), record.decisionDate())));
	}

	private void ended(CreditRecord record, Instant now) {
		EntryEnd end = switch (record.status()) {
			case SUPERSEDED -> EntryEnd.CORRECTED;
			case REVOKED -> EntryEnd.REVOKED;
			case ACTIVE -> null;
		};
		if (end == null) {
			return;
		}
		this.entries.endByRecord(record.id(), end, record.endReason(), now)
			.ifPresent(entry -> this.events
				.publishEvent(new SubjectDelisted(entry.id(), entry.kind(), entry.subjectId().value(), end)));
	}

	/**
	 * The newest record naming an organisation's legal representative with a valid
	 * citizen id decides who represents it; an older record arriving late changes
	 * nothing.
	 */
	private void represented(CreditRecord record, RecordFacts facts, Instant now) {
		String number = facts.value(FieldRole.LEGAL_REPRESENTATIVE_DOCUMENT_NUMBER);
		if (number == null || number.isBlank()) {
			return;
		}
		String digest;
		try {
			digest = PersonDigest.of(CitizenId.parse(number).value());
		}
		catch (DomainException ex) {
			return;
		}
		String name = facts.value(FieldRole.LEGAL_REPRESENTATIVE);
		LocalDate since = record.decisionDate();
		long organisation = record.subjectId().value();
		Optional<RepresentativeStore.Row> current = this.representatives.current(organisation,
				RepresentativeRole.LEGAL_REPRESENTATIVE);
		if (current.isPresent()) {
			RepresentativeStore.Row row = current.get();
			if (row.since() != null && since != null && row.since().isAfter(since)) {
				return;
			}
			if (row.personDigest().equals(digest)) {
				this.representatives.refresh(row.id(), since, record.id(), name);
				return;
			}
			this.representatives.end(row.id(), now);
		}
		this.representatives.insert(organisation, digest, name, RepresentativeRole.LEGAL_REPRESENTATIVE, since,
				record.id(), now);
	}

}
