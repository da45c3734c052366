package io.gongxin.exchange.internal;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import io.gongxin.exchange.FileFormat;
import io.gongxin.exchange.NewTarget;
import io.gongxin.exchange.Target;
import io.gongxin.exchange.TargetLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TargetStore {

	private final JdbcClient jdbc;

	TargetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(NewTarget target, long endpointId, Instant now) {
		this.jdbc.sql("""
				INSERT INTO exchange_target (code, name, level, adapter, format, encoding, categories, package_size,
				                             interval_minutes, endpoint_id, receipt_url, active, created_at)
				VALUES (:code, :name, :level, :adapter, :format, :encoding, :categories, :size, :interval, :endpoint,
				        :receipts, TRUE, :now)
				""")
			.param("code", target.code())
			.param("name", target.name())
			.param("level", target.level().name())
			.param("adapter", target.adapter())
			.param("format", target.format().name())
			.param("encoding", target.encoding())
			.param("categories", target.categories().stream().sorted().toArray(String[]::new))
			.param("size", target.packageSize())
			.param("interval", target.intervalMinutes())
			.param("endpoint", endpointId)
			.param("receipts", (target.receiptUrl() == null) ? null : target.receiptUrl().toString())
			.param("now", Timestamp.from(now))
			.update();
	}

	void update(NewTarget target) {
		this.jdbc.sql("""
				UPDATE exchange_target SET name = :name, level = :level, adapter = :adapter, format = :format,
				       encoding = :encoding, categories = :categories, package_size = :size,
				       interval_minutes = :interval, receipt_url = :receipts
				WHERE code = :code
				""")
			.param("code", target.code())
			.param("name", target.name())
			.param("level", target.level().name())
			.param("adapter", target.adapter())
			.param("format", target.format().name())
			.param("encoding", target.encoding())
			.param("categories", target.categories().stream().sorted().toArray(String[]::new))
			.param("size", target.packageSize())
			.param("interval", target.intervalMinutes())
			.param("receipts", (target.receiptUrl() == null) ? null : target.receiptUrl().toString())
			.update();
	}

	void setActive(String code, boolean active) {
		this.jdbc.sql("UPDATE exchange_target SET active = :active WHERE code = :code")
			.param("active", active)
			.param("code", code)
			.update();
	}

	Optional<Target> find(String code) {
		return this.jdbc.sql("""
				SELECT * FROM exchange_target WHERE code = :code
				""").param("code", code).query(TargetStore::target).optional();
	}

	List<Target> all() {
		return this.jdbc.sql("""
				SELECT * FROM exchange_target ORDER BY code
				""").query(TargetStore::target).list();
	}

	/**
	 * Targets that take the category; a paused one is still owed what it takes and gets
	 * it when resumed.
	 */
	List<String> takers(String categoryCode) {
		return this.jdbc.sql("""
				SELECT code FROM exchange_target WHERE :category = ANY (categories) ORDER BY code
				""").param("category", categoryCode).query(String.class).list();
	}

	/**
	 * The targets registered under a name (a repair's origin names the platform that
	 * decided it).
	 */
	List<String> codesNamed(String name) {
		return this.jdbc.sql("SELECT code FROM exchange_target WHERE name = :name")
			.param("name", name)
			.query(String.class)
			.list();
	}

	void packaged(String code, Instant at) {
		this.jdbc.sql("UPDATE exchange_target SET last_packaged_at = :at WHERE code = :code")
			.param("at", Timestamp.from(at))
			.param("code", code)
			.update();
	}

	String receiptCursor(String code) {
		return this.jdbc.sql("SELECT receipt_cursor FROM exchange_target WHERE code = :code")
			.param("code", code)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	void receiptsRead(String code, String cursor, Instant at) {
		this.jdbc.sql("""
				UPDATE exchange_target SET receipt_cursor = :cursor, last_receipt_at = :at, last_receipt_error = NULL
				WHERE code = :code
				""").param("cursor", cursor).param("at", Timestamp.from(at)).param("code", code).update();
	}

	void receiptFailed(String code, String error, Instant at) {
		this.jdbc.sql("""
				UPDATE exchange_target SET last_receipt_error = :error, last_receipt_error_at = :at WHERE code = :code
				""")
			.param("error", (error.length() > 500) ? error.substring(0, 500) : error)
			.param("at", Timestamp.from(at))
			.param("code", code)
			.update();
	}

	/**
	 * Marks the day a target's falling behind was announced; true the first time that
	 * day.
	 */
	boolean noticeBehind(String code, LocalDate day) {
		return this.jdbc.sql("""
				UPDATE exchange_target SET behind_notified_on = :day
				WHERE code = :code AND (behind_notified_on IS NULL OR behind_notified_on < :day)
				""").param("day", day).param("code", code).update() == 1;
	}

	/**
	 * What the schedule and the receipts left on a target: when it last sent and last
	 * read receipts, and the last receipt error (cleared by the next good read).
	 */
	record Bookkeeping(Instant lastPackagedAt, Instant lastReceiptAt, String receiptError, Instant receiptErrorAt) {

		static final Bookkeeping NONE = new Bookkeeping(null, null, null, null);

	}

	Bookkeeping bookkeeping(String code) {
		return this.jdbc.sql("""
				SELECT last_packaged_at, last_receipt_at, last_receipt_error, last_receipt_error_at
				FROM exchange_target WHERE code = :code
				""")
			.param("code", code)
			.query((rs, row) -> new Bookkeeping(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)),
					rs.getString(3), instant(rs.getTimestamp(4))))
			.optional()
			.orElse(Bookkeeping.NONE);
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp == null) ? null : timestamp.toInstant();
	}

	/**
	 * A target as stored; its URL is the outbox endpoint's, filled in by
	 * {@link UpwardDesk}.
	 */
	private static Target target(ResultSet rs, int row) throws SQLException {
		Array categories = rs.getArray("categories");
		String receipts = rs.getString("receipt_url");
		return new Target(rs.getString("code"), rs.getString("name"), TargetLevel.valueOf(rs.getString("level")),
				rs.getString("adapter"), FileFormat.valueOf(rs.getString("format")), rs.getString("encoding"),
				new HashSet<>(Arrays.asList((String[]) categories.getArray())), rs.getInt("package_size"),
				rs.getInt("interval_minutes"), null, (receipts == null) ? null : URI.create(receipts),
				rs.getBoolean("active"), rs.getLong("endpoint_id"), rs.getTimestamp("created_at").toInstant());
	}

}
