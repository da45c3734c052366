package io.gongxin.creditfile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.ingest.CreditRecord;
import io.gongxin.catalog.Nature;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.ItemField;
import io.gongxin.creditfile.Publicity;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.creditfile.PublicationFilter;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectType;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ItemStore {

	private static final TypeReference<List<ItemField>> FIELDS = new TypeReference<>() {
	};

	private static final String COLUMNS = """
			record_id, subject_id, subject_type, subject_name, category_code, category_name, nature, provider_code,
			batch_id, catalog_version, document_number, decision_date, authority, summary, fields, record_status,
			record_ended_at, record_end_reason, tier, tier_rule, regime, basis, publicity_start, publicity_until,
			repairable_from, publicity_note, status""";

	/** The stored columns and whether an objection to the item is being handled. */
	static final String SELECTED = COLUMNS
			+ ", EXISTS (SELECT 1 FROM creditfile_objection o WHERE o.record_id = creditfile_item.record_id)"
			+ " AS under_objection";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	/**
	 * Items written before fields carried their personal mark (or by hand) lack it: read
	 * as not marked, as migration V1001 already marked the personal ones of that time.
	 */
	private final ObjectReader fieldsReader;

	private final NamedParameterJdbcTemplate template;

	ItemStore(JdbcClient jdbc, NamedParameterJdbcTemplate template, JsonMapper json) {
		this.jdbc = jdbc;
		this.template = template;
		this.json = json;
		this.fieldsReader = json.readerFor(FIELDS).without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
	}

	int projectionVersion() {
		return this.jdbc.sql("SELECT projection_version FROM creditfile_projection_state WHERE id = 1")
			.query(Integer.class)
			.single();
	}

	void markProjectionVersion(int version, Instant now) {
		this.jdbc
			.sql("UPDATE creditfile_projection_state SET projection_version = :version, rebuilt_at = :now WHERE id = 1")
			.param("version", version)
			.param("now", Timestamp.from(now))
			.update();
	}

	private static final String UPSERT = "INSERT INTO creditfile_item (" + COLUMNS
			+ ", status_changed_at, projected_at) "
			+ "VALUES (:id, :subject, :subjectType, :subjectName, :category, :categoryName, :nature, :provider, "
			+ ":batch, :version, :document, :decisionDate, :authority, :summary, CAST(:fields AS jsonb), "
			+ ":recordStatus, :recordEndedAt, :recordEndReason, :tier, :tierRule, :regime, :basis, :start, :until, "
			+ ":repairableFrom, :note, :status, :now, :now) "
			+ "ON CONFLICT (record_id) DO UPDATE SET subject_id = EXCLUDED.subject_id, "
			+ "subject_type = EXCLUDED.subject_type, subject_name = EXCLUDED.subject_name, "
			+ "category_name = EXCLUDED.category_name, nature = EXCLUDED.nature, authority = EXCLUDED.authority, "
			+ "summary = EXCLUDED.summary, fields = EXCLUDED.fields, record_status = EXCLUDED.record_status, "
			+ "record_ended_at = EXCLUDED.record_ended_at, record_end_reason = EXCLUDED.record_end_reason, "
			+ "tier = EXCLUDED.tier, tier_rule = EXCLUDED.tier_rule, regime = EXCLUDED.regime, "
			+ "basis = EXCLUDED.basis, publicity_start = EXCLUDED.publicity_start, "
			+ "publicity_until = EXCLUDED.publicity_until, repairable_from = EXCLUDED.repairable_from, "
			+ "publicity_note = EXCLUDED.publicity_note, status = EXCLUDED.status, "
			+ "status_changed_at = CASE WHEN creditfile_item.status = EXCLUDED.status "
			+ "THEN creditfile_item.status_changed_at ELSE EXCLUDED.status_changed_at END, "
			+ "projected_at = EXCLUDED.projected_at";

	/**
	 * Inserts or refreshes items, in one round trip to the database for the lot (a page
	 * of a batch is 500 items). The status change time moves only when the status does,
	 * so replaying a batch or rebuilding leaves the history intact.
	 */
	void upsertAll(List<CreditFileItem> items, Instant now) {
		if (items.isEmpty()) {
			return;
		}
		SqlParameterSource[] rows = items.stream()
			.map((item) -> parameters(item, now))
			.toArray(SqlParameterSource[]::new);
		this.template.batchUpdate(UPSERT, rows);
	}

	private SqlParameterSource parameters(CreditFileItem item, Instant now) {
		Publicity p = item.publicity();
		return new MapSqlParameterSource().addValue("id", item.recordId())
			.addValue("subject", item.subjectId().value())
			.addValue("subjectType", item.subjectType().name())
			.addValue("subjectName", item.subjectName())
			.addValue("category", item.categoryCode())
			.addValue("categoryName", item.categoryName())
			.addValue("nature", item.nature().name())
			.addValue("provider", item.providerCode())
			.addValue("batch", item.batchId())
			.addValue("version", item.catalogVersion())
			.addValue("document", item.documentNumber())
			.addValue("decisionDate", item.decisionDate(), Types.DATE)
			.addValue("authority", item.authority())
			.addValue("summary", item.summary())
			.addValue("fields", this.json.writeValueAsString(item.fields()))
			.addValue("recordStatus", item.recordStatus().name())
			.addValue("recordEndedAt", (item.recordEndedAt() != null) ? Timestamp.from(item.recordEndedAt()) : null,
					Types.TIMESTAMP)
			.addValue("recordEndReason", item.recordEndReason(), Types.VARCHAR)
			.addValue("tier", (p.tier() != null) ? p.tier().name() : null, Types.VARCHAR)
			.addValue("tierRule", p.tierRule(), Types.VARCHAR)
			.addValue("regime", p.regime(), Types.VARCHAR)
			.addValue("basis", p.basis(), Types.VARCHAR)
			.addValue("start", p.start(), Types.DATE)
			.addValue("until", p.until(), Types.DATE)
			.addValue("repairableFrom", p.repairableFrom(), Types.DATE)
			.addValue("note", p.note(), Types.VARCHAR)
			.addValue("status", p.status().name())
			.addValue("now", Timestamp.from(now), Types.TIMESTAMP);
	}

	/** Of the given records, those a credit repair took out of publicity. */
	java.util.Set<Long> repaired(java.util.Collection<Long> recordIds) {
		if (recordIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(
				this.jdbc.sql("SELECT record_id FROM creditfile_repair WHERE record_id = ANY (:ids)")
					.param("ids", recordIds.toArray(Long[]::new))
					.query(Long.class)
					.list());
	}

	/**
	 * Records the repair and takes the item out of publicity; false when the item was not
	 * in publicity (already ended, revoked or repaired).
	 */
	boolean markRepaired(long recordId, String reference, LocalDate day, Instant now) {
		this.jdbc.sql("""
				INSERT INTO creditfile_repair (record_id, reference, repaired_on, recorded_at)
				VALUES (:id, :reference, :day, :now) ON CONFLICT (record_id) DO NOTHING
				""")
			.param("id", recordId)
			.param("reference", reference)
			.param("day", day)
			.param("now", Timestamp.from(now))
			.update();
		return this.jdbc
			.sql("UPDATE creditfile_item SET status = 'REPAIRED', status_changed_at = :now "
					+ "WHERE record_id = :id AND status = 'PUBLISHED'")
			.param("id", recordId)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void markUnderObjection(long recordId, String reference, Instant now) {
		this.jdbc.sql("""
				INSERT INTO creditfile_objection (record_id, reference, since) VALUES (:id, :reference, :now)
				ON CONFLICT (record_id) DO UPDATE SET reference = EXCLUDED.reference
				""").param("id", recordId).param("reference", reference).param("now", Timestamp.from(now)).update();
	}

	void clearObjection(long recordId) {
		this.jdbc.sql("DELETE FROM creditfile_objection WHERE record_id = :id").param("id", recordId).update();
	}

	List<CreditFileItem> ofBatch(java.util.UUID batchId, long afterRecordId, int limit) {
		return this.jdbc
			.sql("SELECT " + SELECTED + " FROM creditfile_item WHERE batch_id = :batch AND record_id > :after "
					+ "ORDER BY record_id LIMIT :limit")
			.param("batch", batchId)
			.param("after", afterRecordId)
			.param("limit", limit)
			.query(this::item)
			.list();
	}

	List<CreditFileItem> ofSubject(SubjectId subject) {
		return this.jdbc
			.sql("SELECT " + SELECTED + " FROM creditfile_item WHERE subject_id = :subject "
					+ "ORDER BY category_code, decision_date DESC, record_id DESC")
			.param("subject", subject.value())
			.query(this::item)
			.list();
	}

	List<CreditFileItem> publishedOfSubject(SubjectId subject, String category, int limit) {
		return this.jdbc
			.sql("SELECT " + SELECTED
					+ " FROM creditfile_item WHERE subject_id = :subject AND category_code = :category "
					+ "AND status = 'PUBLISHED' ORDER BY decision_date DESC, record_id DESC LIMIT :limit")
			.param("subject", subject.value())
			.param("category", category)
			.param("limit", limit)
			.query(this::item)
			.list();
	}

	Optional<CreditFileItem> find(long recordId) {
		return this.jdbc.sql("SELECT " + SELECTED + " FROM creditfile_item WHERE record_id = :id")
			.param("id", recordId)
			.query(this::item)
			.optional();
	}

	/** Items in publicity whose last day is before {@code today}. */
	List<CreditFileItem> due(LocalDate today, int limit) {
		return this.jdbc
			.sql("SELECT " + SELECTED + " FROM creditfile_item WHERE status = 'PUBLISHED' AND publicity_until < :today "
					+ "ORDER BY publicity_until, record_id LIMIT :limit")
			.param("today", today)
			.param("limit", limit)
			.query(this::item)
			.list();
	}

	/** Ends an item's publicity once: false when it was not in publicity any more. */
	boolean markEnded(long recordId, Instant now) {
		return this.jdbc
			.sql("UPDATE creditfile_item SET status = 'ENDED', status_changed_at = :now "
					+ "WHERE record_id = :id AND status = 'PUBLISHED'")
			.param("id", recordId)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/** 双公示 listing of organisations' items in publicity, newest first (keyset). */
	List<CreditFileItem> published(PublicationFilter filter, LocalDate beforeDate, long beforeId, int limit) {
		StringBuilder sql = new StringBuilder("SELECT " + SELECTED + " FROM creditfile_item WHERE status = 'PUBLISHED' "
				+ "AND subject_type <> 'NATURAL_PERSON' AND category_code = :category");
		if (filter.department() != null) {
			sql.append(" AND provider_code = :department");
		}
		if (filter.from() != null) {
			sql.append(" AND decision_date >= :from");
		}
		if (filter.to() != null) {
			sql.append(" AND decision_date <= :to");
		}
		if (beforeDate != null) {
			sql.append(" AND (decision_date, record_id) < (:beforeDate, :beforeId)");
		}
		sql.append(" ORDER BY decision_date DESC, record_id DESC LIMIT :limit");
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql.toString())
			.param("category", filter.category())
			.param("limit", limit);
		if (filter.department() != null) {
			statement = statement.param("department", filter.department());
		}
		if (filter.from() != null) {
			statement = statement.param("from", filter.from());
		}
		if (filter.to() != null) {
			statement = statement.param("to", filter.to());
		}
		if (beforeDate != null) {
			statement = statement.param("beforeDate", beforeDate).param("beforeId", beforeId);
		}
		return statement.query(this::item).list();
	}

	long count() {
		return this.jdbc.sql("SELECT count(*) FROM creditfile_item").query(Long.class).single();
	}

	CreditFileItem item(ResultSet rs, int row) throws SQLException {
		String tier = rs.getString("tier");
		Publicity publicity = new Publicity(PublicityStatus.valueOf(rs.getString("status")),
				(tier != null) ? SeverityTier.valueOf(tier) : null, rs.getString("tier_rule"), rs.getString("regime"),
				rs.getString("basis"), rs.getObject("publicity_start", LocalDate.class),
				rs.getObject("publicity_until", LocalDate.class), rs.getObject("repairable_from", LocalDate.class),
				rs.getString("publicity_note"));
		Timestamp ended = rs.getTimestamp("record_ended_at");
		return new CreditFileItem(rs.getLong("record_id"), new SubjectId(rs.getLong("subject_id")),
				SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_name"),
				rs.getString("category_code"), rs.getString("category_name"), Nature.valueOf(rs.getString("nature")),
				rs.getString("provider_code"), rs.getObject("batch_id", UUID.class), rs.getLong("catalog_version"),
				rs.getString("document_number"), rs.getObject("decision_date", LocalDate.class),
				rs.getString("authority"), rs.getString("summary"), this.fieldsReader.readValue(rs.getString("fields")),
				CreditRecord.Status.valueOf(rs.getString("record_status")), (ended != null) ? ended.toInstant() : null,
				rs.getString("record_end_reason"), publicity, rs.getBoolean("under_objection"));
	}

}
