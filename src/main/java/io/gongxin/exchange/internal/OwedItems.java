package io.gongxin.exchange.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.exchange.ReportAction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The items owed to targets and the packages they went in. */
@Repository
class OwedItems {

	private final JdbcClient jdbc;

	OwedItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** An item to owe every target in {@code targets}. */
	record Owed(long recordId, ReportAction action, String providerCode, String categoryCode, String documentNumber,
			LocalDate decisionDate, LocalDate dueOn) {
	}

	/** Queues the items for every target; an item already owed is not owed twice. */
	int queue(List<String> targets, List<Owed> owed, Instant now) {
		if (targets.isEmpty() || owed.isEmpty()) {
			return 0;
		}
		return this.jdbc
			.sql("""
					INSERT INTO exchange_item (target_code, record_id, action, provider_code, category_code, document_number,
					                           decision_date, due_on, queued_at, state)
					SELECT t.code, o.record_id, o.action, o.provider_code, o.category_code, o.document_number,
					       CAST(o.decision_date AS date), CAST(o.due_on AS date), :now, 'QUEUED'
					FROM unnest(CAST(:targets AS text[])) AS t (code)
					CROSS JOIN unnest(CAST(:records AS bigint[]), CAST(:actions AS text[]), CAST(:providers AS text[]),
					                  CAST(:categories AS text[]), CAST(:documents AS text[]), CAST(:decided AS text[]),
					                  CAST(:due AS text[]))
					     AS o (record_id, action, provider_code, category_code, document_number, decision_date, due_on)
					ORDER BY o.record_id, t.code
					ON CONFLICT (target_code, record_id, action) DO NOTHING
					""")
			.param("targets", targets.toArray(String[]::new))
			.param("records", owed.stream().map(Owed::recordId).toArray(Long[]::new))
			.param("actions", owed.stream().map(o -> o.action().name()).toArray(String[]::new))
			.param("providers", owed.stream().map(Owed::providerCode).toArray(String[]::new))
			.param("categories", owed.stream().map(Owed::categoryCode).toArray(String[]::new))
			.param("documents", owed.stream().map(Owed::documentNumber).toArray(String[]::new))
			.param("decided", owed.stream().map(o -> o.decisionDate().toString()).toArray(String[]::new))
			.param("due",
					owed.stream().map(o -> (o.dueOn() == null) ? null : o.dueOn().toString()).toArray(String[]::new))
			.param("now", Timestamp.from(now))
			.update();
	}

	/** One group of queued items: a package carries one category and one action. */
	record Group(String categoryCode, ReportAction action) {
	}

	/** The group of the oldest queued item of the target, if any. */
	java.util.Optional<Group> nextGroup(String target) {
		return this.jdbc.sql("""
				SELECT category_code, action FROM exchange_item WHERE target_code = :target AND state = 'QUEUED'
				ORDER BY id LIMIT 1
				""")
			.param("target", target)
			.query((rs, row) -> new Group(rs.getString(1), ReportAction.valueOf(rs.getString(2))))
			.optional();
	}

	record Claimed(long id, long recordId) {
	}

	/**
	 * Locks the oldest queued items of the group for this transaction; items another
	 * worker packages are skipped.
	 */
	List<Claimed> claim(String target, Group group, int limit) {
		return this.jdbc.sql("""
				SELECT id, record_id FROM exchange_item
				WHERE target_code = :target AND state = 'QUEUED' AND category_code = :category AND action = :action
				ORDER BY id LIMIT :limit FOR UPDATE SKIP LOCKED
				""")
			.param("target", target)
			.param("category", group.categoryCode())
			.param("action", group.action().name())
			.param("limit", limit)
			.query((rs, row) -> new Claimed(rs.getLong(1), rs.getLong(2)))
			.list();
	}

	long newPackageId() {
		return this.jdbc.sql("SELECT nextval(pg_get_serial_sequence('exchange_package', 'id'))")
			.query(Long.class)
			.single();
	}

	void insertPackage(long id, String target, Group group, String fileName, int items, int bytes, String sha256,
			long messageId, Instant now) {
		this.jdbc.sql("""
				INSERT INTO exchange_package (id, target_code, category_code, action, file_name, item_count, byte_count,
				                              sha256, message_id, created_at)
				VALUES (:id, :target, :category, :action, :file, :items, :bytes, :sha, :message, :now)
				""")
			.param("id", id)
			.param("target", target)
			.param("category", group.categoryCode())
			.param("action", group.action().name())
			.param("file", fileName)
			.param("items", items)
			.param("bytes", bytes)
			.param("sha", sha256)
			.param("message", messageId)
			.param("now", Timestamp.from(now))
			.update();
	}

	void sent(long[] itemIds, long packageId) {
		this.jdbc.sql("UPDATE exchange_item SET state = 'SENT', package_id = :package WHERE id = ANY (:ids)")
			.param("package", packageId)
			.param("ids", itemIds)
			.update();
	}

	/** Settles items the target found wrong before anything was sent (checked here). */
	void rejectedHere(long itemId, String reason, Instant now) {
		this.jdbc.sql("""
				UPDATE exchange_item SET state = 'REJECTED', reason = :reason, settled_at = :now
				WHERE id = :id AND state = 'QUEUED'
				""").param("reason", reason).param("now", Timestamp.from(now)).param("id", itemId).update();
	}

	/** A settled item, as the receipt changed it. */
	record Settled(long id, long recordId, String providerCode, String categoryCode, long packageId) {
	}

	/**
	 * Acknowledges sent items; items already settled stay as they are (a receipt read
	 * twice changes nothing).
	 */
	int acknowledge(String target, long[] itemIds, Instant now) {
		return this.jdbc.sql("""
				UPDATE exchange_item SET state = 'ACKNOWLEDGED', settled_at = :now
				WHERE target_code = :target AND id = ANY (:ids) AND state = 'SENT'
				""").param("target", target).param("ids", itemIds).param("now", Timestamp.from(now)).update();
	}

	java.util.Optional<Settled> reject(String target, long itemId, String field, String reason, Instant now) {
		return this.jdbc.sql("""
				UPDATE exchange_item SET state = 'REJECTED', reason = :reason, reason_field = :field, settled_at = :now
				WHERE target_code = :target AND id = :id AND state = 'SENT'
				RETURNING id, record_id, provider_code, category_code, package_id
				""")
			.param("target", target)
			.param("id", itemId)
			.param("field", field)
			.param("reason", reason)
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new Settled(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5)))
			.optional();
	}

	void receiptOf(long packageId, Instant now) {
		this.jdbc.sql("UPDATE exchange_package SET receipt_at = :now WHERE id = :id AND receipt_at IS NULL")
			.param("now", Timestamp.from(now))
			.param("id", packageId)
			.update();
	}

	long packageIdOf(String target, long itemId) {
		return this.jdbc.sql("SELECT coalesce(package_id, 0) FROM exchange_item WHERE target_code = :t AND id = :id")
			.param("t", target)
			.param("id", itemId)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

}
