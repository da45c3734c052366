package io.gongxin.creditfile.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFileUpdated;
import io.gongxin.creditfile.PublicationFilter;
import io.gongxin.creditfile.PublicityEnded;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.subject.SubjectId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the credit-file items in step with the accepted records. Projecting a record is
 * an upsert keyed by the record id, so a batch may be projected any number of times.
 */
@Component
public class CreditFileProjection {

	private static final Logger log = LoggerFactory.getLogger(CreditFileProjection.class);

	private static final int PAGE = 500;

	/**
	 * The version of the projection's rules; raise it when they change so that stored
	 * items are rebuilt on the next start. 2: records read through the catalog's field
	 * roles (issue 13).
	 */
	static final int RULES_VERSION = 2;

	private final ItemStore store;

	private final Projector projector;

	private final CreditRecords records;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final BasicDataProjection basicData;

	CreditFileProjection(ItemStore store, Projector projector, CreditRecords records, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock, BasicDataProjection basicData) {
		this.store = store;
		this.projector = projector;
		this.records = records;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.basicData = basicData;
	}

	/**
	 * Projects one record's item again, and nothing else: its batch may hold a million
	 * records, and their items have not changed.
	 */
	public int projectRecord(long recordId) {
		return this.records.find(recordId).map(record -> write(List.of(record))).orElse(0);
	}

	/** Projects the records a batch created or ended. */
	public int projectBatch(UUID batchId) {
		int written = 0;
		long after = 0;
		while (true) {
			List<CreditRecord> page = this.records.ofBatch(batchId, after, PAGE);
			if (page.isEmpty()) {
				if (written > 0) {
					this.events.publishEvent(new CreditFileUpdated(batchId, written));
				}
				return written;
			}
			written += write(page);
			after = page.get(page.size() - 1).id();
		}
	}

	public long rebuild() {
		long written = 0;
		long after = 0;
		while (true) {
			List<CreditRecord> page = this.records.page(null, null, after, PAGE);
			if (page.isEmpty()) {
				log.info("Credit files rebuilt from {} records", written);
				return written;
			}
			written += write(page);
			after = page.get(page.size() - 1).id();
		}
	}

	/** Whether the stored items were projected under older rules. */
	boolean outdated() {
		return this.store.projectionVersion() < RULES_VERSION;
	}

	/** Rebuilds every item and records that they follow the current rules. */
	long rebuildToCurrentRules() {
		long written = rebuild();
		this.store.markProjectionVersion(RULES_VERSION, this.clock.instant());
		return written;
	}

	private int write(List<CreditRecord> page) {
		List<CreditFileItem> items = page.stream().map(this.projector::project).toList();
		this.transactions.executeWithoutResult(status -> {
			// a repair ended the publicity of some items for good: the rules alone would
			// publish them again
			java.util.Set<Long> repaired = this.store.repaired(items.stream().map(CreditFileItem::recordId).toList());
			this.store.upsertAll(items.stream()
				.map(item -> (repaired.contains(item.recordId()) && item.publicity().published())
						? item.withPublicity(item.publicity().withStatus(PublicityStatus.REPAIRED)) : item)
				.toList(), this.clock.instant());
			this.basicData.observe(page);
		});
		return items.size();
	}

	/** Ends due items one transaction per page; each end is published once. */
	public int endDue(LocalDate today) {
		int ended = 0;
		while (true) {
			List<CreditFileItem> due = this.store.due(today, PAGE);
			if (due.isEmpty()) {
				return ended;
			}
			Integer count = this.transactions.execute(status -> {
				int n = 0;
				for (CreditFileItem item : due) {
					if (this.store.markEnded(item.recordId(), this.clock.instant())) {
						this.events.publishEvent(new PublicityEnded(item.recordId(), item.subjectId(),
								item.categoryCode(), item.publicity().until(), today));
						n++;
					}
				}
				return n;
			});
			ended += (count != null) ? count : 0;
		}
	}

	public List<CreditFileItem> ofSubject(SubjectId subject) {
		return this.store.ofSubject(subject);
	}

	public List<CreditFileItem> ofBatch(UUID batchId, long afterRecordId, int limit) {
		return this.store.ofBatch(batchId, afterRecordId, limit);
	}

	public Optional<CreditFileItem> find(long recordId) {
		return this.store.find(recordId);
	}

	public List<CreditFileItem> publishedOfSubject(SubjectId subject, String category, int limit) {
		return this.store.publishedOfSubject(subject, category, limit);
	}

	public List<CreditFileItem> published(PublicationFilter filter, LocalDate beforeDate, long beforeId, int limit) {
		return this.store.published(filter, beforeDate, beforeId, limit);
	}

	public boolean markRepaired(long recordId, String reference, LocalDate day) {
		return this.store.markRepaired(recordId, reference, day, this.clock.instant());
	}

	public void markUnderObjection(long recordId, String reference) {
		this.store.markUnderObjection(recordId, reference, this.clock.instant());
	}

	public void clearObjection(long recordId) {
		this.store.clearObjection(recordId);
	}

	public long count() {
		return this.store.count();
	}

}
