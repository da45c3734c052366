package io.gongxin.ingest.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.ProblemFilter;
import io.gongxin.ingest.RejectedRow;
import io.gongxin.ingest.RejectionReason;
import io.gongxin.platform.BulkCopy;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accepted records and rejected rows. Records are only ever inserted, or ended
 * (superseded, revoked) by setting their end columns once.
 */
@Repository
public class RecordStore {

	static final TypeReference<Map<String, String>> FIELDS = new TypeReference<>() {
	};

	static final TypeReference<List<RejectionReason>> REASONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final JsonMapper json;

	private final Clock clock;

	RecordStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
		this.clock = clock;
	}

	record NewRecord(UUID batchId, int rowNumber, String providerCode, String categoryCode, long catalogVersion,
			SubjectId subjectId, SubjectType subjectType, String subjectName, String documentNumber,
			java.time.LocalDate decisionDate, Instant reportedAt, Boolean late, Integer workingDays,
			Map<String, String> fields, String contentHash, Long supersedesId) {
	}

	record Active(long id, String contentHash) {
	}

	/** Hashes among the given ones already stored for the provider and category. */
	List<String> existingHashes(String provider, String category, List<String> hashes) {
		if (hashes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				SELECT content_hash FROM ingest_record
				WHERE content_hash = ANY (:hashes) AND provider_code = :provider AND category_code = :category
				""")
			.param("provider", provider)
			.param("category", category)
			.param("hashes", hashes.toArray(String[]::new))
			.query(String.class)
			.list();
	}

	/** The active record of each given document number. */
	Map<String, Active> activeByDocument(String provider, String category, List<String> documents) {
		Map<String, Active> active = new HashMap<>();
		if (documents.isEmpty()) {
			return active;
		}
		this.jdbc.sql("""
				SELECT id, document_number, content_hash FROM ingest_record
				WHERE provider_code = :provider AND category_code = :category AND status = 'ACTIVE'
				  AND document_number = ANY (:documents)
				""")
			.param("provider", provider)
			.param("category", category)
			.param("documents", documents.toArray(String[]::new))
			.query(rs -> {
				active.put(rs.getString("document_number"), new Active(rs.getLong("id"), rs.getString("content_hash")));
			});
		return active;
	}

	void end(List<Long> ids, CreditRecord.Status status, UUID batchId, String reason) {
		if (ids.isEmpty()) {
			return;
		}
		this.jdbc
			.sql("""
					UPDATE ingest_record SET status = :status, ended_at = :now, ended_by_batch = :batch, end_reason = :reason
					WHERE id IN (:ids) AND status = 'ACTIVE'
					""")
			.param("status", status.name())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("batch", batchId)
			.param("reason", reason)
			.param("ids", ids)
			.update();
		// a refusal by the platform the record went up to is settled by the new version
		// or the revocation
		this.jdbc.sql(
				"UPDATE ingest_rejection SET fixed_by_record = record_id WHERE record_id IN (:ids) AND fixed_by_record IS NULL")
			.param("ids", ids)
			.update();
	}

	/**
	 * Keeps a refusal of a stored record by the platform it was reported to as problem
	 * data of its department, once per record and refusing platform; returns whether it
	 * is new.
	 */
	boolean insertUpstreamRejection(CreditRecord record, String refusedBy, RejectionReason reason) {
		return this.jdbc
			.sql("""
					INSERT INTO ingest_rejection (batch_id, row_number, provider_code, category_code, raw, reasons, created_at,
					                              record_id, refused_by)
					SELECT batch_id, row_number, provider_code, category_code, fields, CAST(:reasons AS jsonb), :now, id, :by
					FROM ingest_record WHERE id = :record
					ON CONFLICT (record_id, refused_by) WHERE record_id IS NOT NULL DO NOTHING
					""")
			.param("reasons", this.json.writeValueAsString(List.of(reason)))
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("record", record.id())
			.param("by", refusedBy)
			.update() == 1;
	}

	void insert(List<NewRecord> records) {
		if (records.isEmpty()) {
			return;
		}
		BulkCopy copy = BulkCopy.into(this.template.getDataSource(), "ingest_record", "batch_id", "row_number",
				"provider_code", "category_code", "catalog_version", "subject_id", "subject_type", "subject_name",
				"document_number", "decision_date", "reported_at", "late", "working_days_to_report", "fields",
				"content_hash", "status", "supersedes_id");
		for (NewRecord record : records) {
			copy.row(record.batchId(), record.rowNumber(), record.providerCode(), record.categoryCode(),
					record.catalogVersion(), record.subjectId().value(), record.subjectType(), record.subjectName(),
					record.documentNumber(), record.decisionDate(), record.reportedAt(), record.late(),
					record.workingDays(), this.json.writeValueAsString(record.fields()), record.contentHash(),
					CreditRecord.Status.ACTIVE.name(), record.supersedesId());
		}
		copy.finish();
	}

	void insertRejections(UUID batchId, String provider, String category, List<ValidatedRow.Invalid> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Instant now = Instant.now(this.clock);
		BulkCopy copy = BulkCopy.into(this.template.getDataSource(), "ingest_rejection", "batch_id", "row_number",
				"provider_code", "category_code", "raw", "reasons", "created_at");
		for (ValidatedRow.Invalid row : rows) {
			copy.row(batchId, row.rowNumber(), provider, category, this.json.writeValueAsString(row.raw()),
					this.json.writeValueAsString(row.reasons()), now);
		}
		copy.finish();
	}

	public List<RejectedRow> rejections(UUID batchId, long afterId, int limit) {
		return this.jdbc.sql("""
				SELECT id, row_number, raw, reasons FROM ingest_rejection
				WHERE batch_id = :batch AND record_id IS NULL AND id > :after ORDER BY id LIMIT :limit
				""")
			.param("batch", batchId)
			.param("after", afterId)
			.param("limit", limit)
			.query(this::rejection)
			.list();
	}

	public List<RejectedRow> openRejections(String provider, long afterId, int limit) {
		return this.jdbc.sql("""
				SELECT id, row_number, raw, reasons FROM ingest_rejection
				WHERE (CAST(:provider AS TEXT) IS NULL OR provider_code = :provider) AND fixed_by_record IS NULL
				  AND id > :after
				ORDER BY id LIMIT :limit
				""")
			.param("provider", provider)
			.param("after", afterId)
			.param("limit", limit)
			.query(this::rejection)
			.list();
	}

	/**
	 * Open problem rows a filter selects, newest first, before {@code beforeId} (keyset).
	 */
	public List<RejectedRow> newestOpenRejections(ProblemFilter filter, java.time.Instant now, long beforeId,
			int limit) {
		if (filter.batch() == null && filter.rule() == null && filter.field() == null
				&& filter.age() == ProblemFilter.Age.ANY) {
			return newestOpenRejections(filter.provider(), beforeId, limit);
		}
		return this.jdbc.sql("""
				SELECT id, row_number, raw, reasons FROM ingest_rejection
				WHERE id IN (SELECT DISTINCT p.rejection_id FROM ingest_problem_reason p
				             WHERE p.rejection_id < :before AND """ + ProblemData.FILTER + """
				             ORDER BY p.rejection_id DESC LIMIT :limit)
				ORDER BY id DESC""")
			.paramSource(ProblemData.parameters(filter, now).addValue("before", beforeId).addValue("limit", limit))
			.query(this::rejection)
			.list();
	}

	/** Open problem rows, newest first, before {@code beforeId} (keyset). */
	public List<RejectedRow> newestOpenRejections(String provider, long beforeId, int limit) {
		return this.jdbc.sql("""
				SELECT id, row_number, raw, reasons FROM ingest_rejection
				WHERE (CAST(:provider AS TEXT) IS NULL OR provider_code = :provider) AND fixed_by_record IS NULL
				  AND id < :before
				ORDER BY id DESC LIMIT :limit
				""")
			.param("provider", provider)
			.param("before", beforeId)
			.param("limit", limit)
			.query(this::rejection)
			.list();
	}

	public List<CreditRecord> byIds(long[] ids) {
		return this.jdbc.sql("SELECT * FROM ingest_record WHERE id = ANY (:ids) ORDER BY id")
			.param("ids", ids)
			.query(this::record)
			.list();
	}

	public List<CreditRecord> ofBatch(UUID batchId, long afterId, int limit) {
		// two index walks, one per way a record belongs to the batch: with an OR the
		// planner walked the whole table for every page
		return this.jdbc.sql("""
				SELECT * FROM ingest_record WHERE id IN (
				  (SELECT id FROM ingest_record WHERE batch_id = :batch AND id > :after ORDER BY id LIMIT :limit)
				  UNION
				  (SELECT id FROM ingest_record WHERE ended_by_batch = :batch AND id > :after ORDER BY id LIMIT :limit))
				ORDER BY id LIMIT :limit
				""").param("batch", batchId).param("after", afterId).param("limit", limit).query(this::record).list();
	}

	public List<CreditRecord> ofSubject(SubjectId subject) {
		return this.jdbc.sql("""
				SELECT * FROM ingest_record WHERE subject_id = :subject
				ORDER BY category_code, decision_date DESC, id DESC
				""").param("subject", subject.value()).query(this::record).list();
	}

	public Optional<CreditRecord> find(long id) {
		return this.jdbc.sql("SELECT * FROM ingest_record WHERE id = :id")
			.param("id", id)
			.query(this::record)
			.optional();
	}

	public List<CreditRecord> page(String provider, String category, long afterId, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM ingest_record
				WHERE (CAST(:provider AS TEXT) IS NULL OR provider_code = :provider)
				  AND (CAST(:category AS TEXT) IS NULL OR category_code = :category) AND id > :after
				ORDER BY id LIMIT :limit
				""")
			.param("provider", provider)
			.param("category", category)
			.param("after", afterId)
			.param("limit", limit)
			.query(this::record)
			.list();
	}

	private RejectedRow rejection(ResultSet rs, int row) throws SQLException {
		return new RejectedRow(rs.getLong("id"), rs.getInt("row_number"),
				this.json.readValue(rs.getString("raw"), FIELDS),
				this.json.readValue(rs.getString("reasons"), REASONS));
	}

	private CreditRecord record(ResultSet rs, int row) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		Long supersedes = rs.getObject("supersedes_id", Long.class);
		Boolean late = (Boolean) rs.getObject("late");
		return new CreditRecord(rs.getLong("id"), rs.getObject("batch_id", UUID.class), rs.getString("provider_code"),
				rs.getString("category_code"), rs.getLong("catalog_version"), new SubjectId(rs.getLong("subject_id")),
				SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_name"),
				rs.getString("document_number"), rs.getDate("decision_date").toLocalDate(),
				rs.getTimestamp("reported_at").toInstant(), late, this.json.readValue(rs.getString("fields"), FIELDS),
				rs.getString("content_hash"), CreditRecord.Status.valueOf(rs.getString("status")), supersedes,
				(ended != null) ? ended.toInstant() : null, rs.getString("end_reason"));
	}

}
