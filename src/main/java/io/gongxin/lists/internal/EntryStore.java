package io.gongxin.lists.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.gongxin.lists.EntryEnd;
import io.gongxin.lists.ListEntry;
import io.gongxin.lists.ListKind;
import io.gongxin.platform.PipelinedSql;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectType;

import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EntryStore {

	private final JdbcClient jdbc;

	EntryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the entry unless its record already made one; returns the new id. */
	Optional<Long> insert(ListEntry entry) {
		return this.jdbc
			.sql("""
					INSERT INTO list_entry (record_id, kind, list_name, subject_id, subject_type, subject_name, subject_code,
					    category_code, provider_code, authority, basis, reason, document_number, entered_on, exit_on, recorded_at)
					VALUES (:record, :kind, :listName, :subject, :subjectType, :subjectName, :subjectCode, :category, :provider,
					    :authority, :basis, :reason, :documentNumber, :enteredOn, :exitOn, :recordedAt)
					ON CONFLICT (record_id) DO NOTHING
					RETURNING id
					""")
			.param("record", entry.recordId())
			.param("kind", entry.kind().name())
			.param("listName", entry.listName())
			.param("subject", entry.subjectId().value())
			.param("subjectType", entry.subjectType().name())
			.param("subjectName", entry.subjectName())
			.param("subjectCode", entry.subjectCode())
			.param("category", entry.categoryCode())
			.param("provider", entry.providerCode())
			.param("authority", entry.authority())
			.param("basis", entry.basis())
			.param("reason", entry.reason())
			.param("documentNumber", entry.documentNumber())
			.param("enteredOn", entry.enteredOn())
			.param("exitOn", entry.exitOn())
			.param("recordedAt", Timestamp.from(entry.recordedAt()))
			.query(Long.class)
			.optional();
	}

	/** Ends the entry of a record, if it has one still counting; returns it. */
	Optional<ListEntry> endByRecord(long recordId, EntryEnd end, String reason, Instant at) {
		return endWhere("record_id", recordId, end, reason, at);
	}

	Optional<ListEntry> end(long id, EntryEnd end, String reason, Instant at) {
		return endWhere("id", id, end, reason, at);
	}

	private Optional<ListEntry> endWhere(String column, long value, EntryEnd end, String reason, Instant at) {
		return this.jdbc.sql("""
				UPDATE list_entry SET ended_at = :at, end_kind = :end, end_reason = :reason
				WHERE %s = :value AND ended_at IS NULL
				RETURNING *
				""".formatted(column))
			.param("at", Timestamp.from(at))
			.param("end", end.name())
			.param("reason", reason)
			.param("value", value)
			.query(EntryStore::entry)
			.optional();
	}

	/** Ends the entries of other records for the same listing; returns them. */
	List<ListEntry> endSameListing(ListEntry entry, Instant at) {
		return this.jdbc.sql("""
				UPDATE list_entry SET ended_at = :at, end_kind = 'CORRECTED', end_reason = '同一列入决定的新记录'
				WHERE subject_id = :subject AND kind = :kind AND list_name = :listName AND entered_on = :enteredOn
				  AND record_id <> :record AND ended_at IS NULL
				RETURNING *
				""")
			.param("at", Timestamp.from(at))
			.param("subject", entry.subjectId().value())
			.param("kind", entry.kind().name())
			.param("listName", entry.listName())
			.param("enteredOn", entry.enteredOn())
			.param("record", entry.recordId())
			.query(EntryStore::entry)
			.list();
	}

	Optional<ListEntry> find(long id) {
		return this.jdbc.sql("SELECT * FROM list_entry WHERE id = :id")
			.param("id", id)
			.query(EntryStore::entry)
			.optional();
	}

	/** Every entry of the subjects, newest first, ended ones included. */
	PipelinedSql<List<ListEntry>> ofSubjects(Collection<Long> subjectIds) {
		if (subjectIds.isEmpty()) {
			return PipelinedSql.known(List.of());
		}
		return PipelinedSql.query(
				"SELECT * FROM list_entry WHERE subject_id = ANY (:ids) ORDER BY entered_on DESC, id DESC",
				java.util.Map.of("ids", subjectIds.toArray(Long[]::new)),
				new RowMapperResultSetExtractor<>(EntryStore::entry));
	}

	/**
	 * Entries counting today on one list, newest first, by keyset; natural persons only
	 * when the list makes them public.
	 */
	List<ListEntry> page(ListKind kind, String query, boolean persons, LocalDate today, long beforeId, int limit) {
		return publicEntries(
				"SELECT * FROM list_entry " + PUBLIC_ENTRIES + " AND id < :before ORDER BY id DESC LIMIT :limit", kind,
				query, persons, today)
			.param("before", beforeId)
			.param("limit", limit)
			.query(EntryStore::entry)
			.list();
	}

	/** {@link #page} by position: {@code offset} entries in. */
	List<ListEntry> pageAt(ListKind kind, String query, boolean persons, LocalDate today, int offset, int limit) {
		return publicEntries(
				"SELECT * FROM list_entry " + PUBLIC_ENTRIES + " ORDER BY id DESC LIMIT :limit OFFSET :offset", kind,
				query, persons, today)
			.param("offset", offset)
			.param("limit", limit)
			.query(EntryStore::entry)
			.list();
	}

	/** How many entries {@link #page} finds, counted up to {@code cap + 1}. */
	long countMatching(ListKind kind, String query, boolean persons, LocalDate today, int cap) {
		return publicEntries(
				"SELECT count(*) FROM (SELECT 1 FROM list_entry " + PUBLIC_ENTRIES + " LIMIT :cap) AS capped", kind,
				query, persons, today)
			.param("cap", cap + 1)
			.query(Long.class)
			.single();
	}

	/** Entries counting today, found by a fragment of the name or the exact code. */
	private static final String PUBLIC_ENTRIES = """
			WHERE kind = :kind AND ended_at IS NULL
			 AND entered_on <= :today AND (exit_on IS NULL OR exit_on > :today)
			 AND (:persons OR subject_type <> 'NATURAL_PERSON')
			 AND (CAST(:like AS TEXT) IS NULL OR subject_name LIKE :like OR subject_code = :code)""";

	private JdbcClient.StatementSpec publicEntries(String sql, ListKind kind, String query, boolean persons,
			LocalDate today) {
		String like = (query == null || query.isBlank()) ? null : "%" + query.strip().replace("%", "") + "%";
		return this.jdbc.sql(sql)
			.param("kind", kind.name())
			.param("today", today)
			.param("persons", persons)
			.param("like", like)
			.param("code", (query == null) ? "" : query.strip().toUpperCase(java.util.Locale.ROOT));
	}

	long countInForce(ListKind kind, boolean persons, LocalDate today) {
		return this.jdbc
			.sql("""
					SELECT count(*) FROM list_entry
					WHERE kind = :kind AND ended_at IS NULL AND entered_on <= :today AND (exit_on IS NULL OR exit_on > :today)
					  AND (:persons OR subject_type <> 'NATURAL_PERSON')
					""")
			.param("kind", kind.name())
			.param("today", today)
			.param("persons", persons)
			.query(Long.class)
			.single();
	}

	static ListEntry entry(ResultSet rs, int row) throws SQLException {
		Timestamp ended = rs.getTimestamp("ended_at");
		String end = rs.getString("end_kind");
		return new ListEntry(rs.getLong("id"), ListKind.valueOf(rs.getString("kind")), rs.getString("list_name"),
				new SubjectId(rs.getLong("subject_id")), SubjectType.valueOf(rs.getString("subject_type")),
				rs.getString("subject_name"), rs.getString("subject_code"), rs.getLong("record_id"),
				rs.getString("category_code"), rs.getString("provider_code"), rs.getString("authority"),
				rs.getString("basis"), rs.getString("reason"), rs.getString("document_number"),
				rs.getObject("entered_on", LocalDate.class), rs.getObject("exit_on", LocalDate.class),
				rs.getTimestamp("recorded_at").toInstant(), (ended != null) ? ended.toInstant() : null,
				(end != null) ? EntryEnd.valueOf(end) : null, rs.getString("end_reason"));
	}

}
