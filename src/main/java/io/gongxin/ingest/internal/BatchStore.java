package io.gongxin.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gongxin.ingest.BatchKind;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.BatchStatus;
import io.gongxin.ingest.Channel;
import io.gongxin.platform.StorableText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class BatchStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	BatchStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record NewBatch(UUID id, String providerCode, String categoryCode, BatchKind kind, Channel channel, String fileName,
			String fileSha256, String submittedBy) {
	}

	record Counts(int submitted, int accepted, int rejected, int created, int unchanged, int superseding, int revoked,
			int late) {
	}

	void insert(NewBatch batch) {
		this.jdbc
			.sql("""
					INSERT INTO ingest_batch (id, provider_code, category_code, kind, channel, file_name, file_sha256, status,
					                          submitted_by, submitted_at)
					VALUES (:id, :provider, :category, :kind, :channel, :fileName, :sha, 'RECEIVED', :by, :at)
					""")
			.param("id", batch.id())
			.param("provider", batch.providerCode())
			.param("category", batch.categoryCode())
			.param("kind", batch.kind().name())
			.param("channel", batch.channel().name())
			.param("fileName", batch.fileName())
			.param("sha", batch.fileSha256())
			.param("by", batch.submittedBy())
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	/**
	 * Claims a batch for processing; false when another worker has it or it is finished.
	 */
	boolean claim(UUID id, int maxAttempts) {
		return this.jdbc.sql("""
				UPDATE ingest_batch SET status = 'PROCESSING', attempts = attempts + 1, processed_count = 0
				WHERE id = :id AND status IN ('RECEIVED', 'PROCESSING') AND attempts < :max
				""").param("id", id).param("max", maxAttempts).update() == 1;
	}

	void progress(UUID id, int processed) {
		this.jdbc.sql("UPDATE ingest_batch SET processed_count = :n WHERE id = :id AND status = 'PROCESSING'")
			.param("id", id)
			.param("n", processed)
			.update();
	}

	void complete(UUID id, String format, String encoding, Counts counts, List<String> warnings) {
		this.jdbc.sql("""
				UPDATE ingest_batch SET status = 'COMPLETED', file_format = :format, encoding = :encoding,
				       submitted_count = :submitted, accepted_count = :accepted, rejected_count = :rejected,
				       new_count = :created, unchanged_count = :unchanged, superseding_count = :superseding,
				       revoked_count = :revoked, late_count = :late, processed_count = :submitted,
				       warnings = :warnings, error_code = NULL, error = NULL, completed_at = :now
				WHERE id = :id
				""")
			.param("id", id)
			.param("format", format)
			.param("encoding", encoding)
			.param("submitted", counts.submitted())
			.param("accepted", counts.accepted())
			.param("rejected", counts.rejected())
			.param("created", counts.created())
			.param("unchanged", counts.unchanged())
			.param("superseding", counts.superseding())
			.param("revoked", counts.revoked())
			.param("late", counts.late())
			.param("warnings", warnings.isEmpty() ? null : storable(String.join("\n", warnings)))
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	/** Fails a batch not yet completed or failed; returns 1 if it was. */
	int failUnfinished(UUID id, String code, String message) {
		return this.jdbc.sql("""
				UPDATE ingest_batch SET status = 'FAILED', error_code = :code, error = :message, completed_at = :now
				WHERE id = :id AND status IN ('RECEIVED', 'PROCESSING')
				""")
			.param("id", id)
			.param("code", code)
			.param("message", storable(message))
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	void fail(UUID id, String code, String message) {
		this.jdbc.sql("""
				UPDATE ingest_batch SET status = 'FAILED', error_code = :code, error = :message, completed_at = :now
				WHERE id = :id
				""")
			.param("id", id)
			.param("code", code)
			.param("message", storable(message))
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	/**
	 * A fault that is not the file's: the batch goes back to the queue with the reason
	 * noted for the provider and the fault kept for the next attempt's comparison.
	 */
	/** Takes back the attempt a database outage cut short: it was not the batch's. */
	void forgiveAttempt(UUID id) {
		this.jdbc.sql("""
				UPDATE ingest_batch SET status = 'RECEIVED', attempts = greatest(attempts - 1, 0)
				WHERE id = :id AND status = 'PROCESSING'
				""").param("id", id).update();
	}

	void release(UUID id, String reason, String fault) {
		this.jdbc
			.sql("UPDATE ingest_batch SET status = 'RECEIVED', error = :reason, last_fault = :fault WHERE id = :id")
			.param("id", id)
			.param("reason", reason)
			.param("fault", fault)
			.update();
	}

	record Attempts(int made, String lastFault) {
	}

	Attempts attempts(UUID id) {
		return this.jdbc.sql("SELECT attempts, last_fault FROM ingest_batch WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new Attempts(rs.getInt("attempts"), rs.getString("last_fault")))
			.single();
	}

	/** True when the batch is unfinished but has no attempt left. */
	boolean exhausted(UUID id, int maxAttempts) {
		return this.jdbc.sql("""
				SELECT count(*) FROM ingest_batch
				WHERE id = :id AND status IN ('RECEIVED', 'PROCESSING') AND attempts >= :max
				""").param("id", id).param("max", maxAttempts).query(Integer.class).single() == 1;
	}

	Optional<BatchReceipt> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM ingest_batch WHERE id = :id")
			.param("id", id)
			.query(BatchStore::map)
			.optional();
	}

	List<UUID> unfinished() {
		return this.jdbc
			.sql("SELECT id FROM ingest_batch WHERE status IN ('RECEIVED', 'PROCESSING') ORDER BY submitted_at")
			.query(UUID.class)
			.list();
	}

	List<BatchReceipt> ofProvider(String providerCode, Instant before, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM ingest_batch WHERE (CAST(:provider AS TEXT) IS NULL OR provider_code = :provider)
				  AND submitted_at < :before
				ORDER BY submitted_at DESC, id LIMIT :limit
				""")
			.param("provider", providerCode)
			.param("before", Timestamp.from(before))
			.param("limit", limit)
			.query(BatchStore::map)
			.list();
	}

	static BatchReceipt map(ResultSet rs, int row) throws SQLException {
		String warnings = rs.getString("warnings");
		Timestamp completed = rs.getTimestamp("completed_at");
		return new BatchReceipt(rs.getObject("id", UUID.class), rs.getString("provider_code"),
				rs.getString("category_code"), BatchKind.valueOf(rs.getString("kind")),
				Channel.valueOf(rs.getString("channel")), rs.getString("file_name"), rs.getString("encoding"),
				BatchStatus.valueOf(rs.getString("status")), rs.getInt("submitted_count"), rs.getInt("accepted_count"),
				rs.getInt("rejected_count"), rs.getInt("new_count"), rs.getInt("unchanged_count"),
				rs.getInt("superseding_count"), rs.getInt("revoked_count"), rs.getInt("late_count"),
				rs.getInt("processed_count"), (warnings == null) ? List.of() : Arrays.asList(warnings.split("\n")),
				rs.getString("error_code"), rs.getString("error"), rs.getString("submitted_by"),
				rs.getTimestamp("submitted_at").toInstant(), (completed != null) ? completed.toInstant() : null);
	}

	/** Warnings and reasons quote what a file held, NUL included; text columns cannot. */
	private static String storable(String text) {
		return StorableText.of(text);
	}

}
