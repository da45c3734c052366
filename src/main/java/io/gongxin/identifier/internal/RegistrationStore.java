package io.gongxin.identifier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gongxin.identifier.DivisionCode;
import io.gongxin.identifier.MissedCorrection;
import io.gongxin.identifier.QualityFigures;
import io.gongxin.identifier.Registration;
import io.gongxin.identifier.HolderCategory;
import io.gongxin.identifier.Verdict;
import io.gongxin.platform.BulkCopy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RegistrationStore {

	/**
	 * Codes shared by subjects with different names; the placeholder is shared by design
	 * and never a duplicate.
	 */
	private static final String DUPLICATE_KEYS = """
			SELECT COALESCE(canonical_code, code) AS k FROM identifier_registration
			WHERE verdict <> 'PLACEHOLDER'
			GROUP BY 1 HAVING count(DISTINCT btrim(subject_name)) > 1
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final JdbcTemplate template;

	RegistrationStore(JdbcClient jdbc, Clock clock, JdbcTemplate template) {
		this.template = template;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public long insert(String code, String canonical, Verdict verdict, HolderCategory type, String name,
			String authority, DivisionCode division, String sourceRef, Long subjectId) {
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		return this.jdbc
			.sql("""
					INSERT INTO identifier_registration (code, canonical_code, verdict, subject_type, subject_name, authority,
					                                     division, source_ref, subject_id, registered_at, updated_at)
					VALUES (:code, :canonical, :verdict, :type, :name, :authority, :division, :ref, :subject, :now, :now)
					RETURNING id
					""")
			.param("code", code)
			.param("canonical", canonical)
			.param("verdict", verdict.name())
			.param("type", type.name())
			.param("name", name)
			.param("authority", authority)
			.param("division", division.value())
			.param("ref", sourceRef)
			.param("subject", subjectId)
			.param("now", now)
			.query(Long.class)
			.single();
	}

	/**
	 * One row per code, written with one COPY; the last element of each row is the
	 * subject id.
	 */
	public void insertAll(List<Object[]> rows) {
		Instant now = Instant.now(this.clock);
		BulkCopy copy = BulkCopy.into(this.template.getDataSource(), "identifier_registration", "code",
				"canonical_code", "verdict", "subject_type", "subject_name", "authority", "division", "source_ref",
				"subject_id", "registered_at", "updated_at");
		for (Object[] row : rows) {
			copy.row(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], now, now);
		}
		copy.finish();
	}

	/** Which of the given subjects already have their registration here. */
	public java.util.Set<Long> registeredSubjects(List<Long> subjectIds) {
		if (subjectIds.isEmpty()) {
			return java.util.Set.of();
		}
		return new java.util.HashSet<>(
				this.jdbc.sql("SELECT subject_id FROM identifier_registration WHERE subject_id = ANY (:ids)")
					.param("ids", subjectIds.toArray(Long[]::new))
					.query(Long.class)
					.list());
	}

	public Optional<Registration> findBySubject(long subjectId) {
		return this.jdbc.sql("SELECT * FROM identifier_registration WHERE subject_id = :id")
			.param("id", subjectId)
			.query(RegistrationStore::map)
			.optional();
	}

	public Optional<Registration> find(long id) {
		return this.jdbc.sql("SELECT * FROM identifier_registration WHERE id = :id")
			.param("id", id)
			.query(RegistrationStore::map)
			.optional();
	}

	/** Registrations whose current code, or a corrected-away alias, is the given code. */
	public List<Registration> findByCode(String code) {
		return this.jdbc.sql("""
				SELECT * FROM identifier_registration
				WHERE COALESCE(canonical_code, code) = :code OR code = :code
				   OR id IN (SELECT registration_id FROM identifier_alias WHERE old_code = :code)
				ORDER BY id
				""").param("code", code).query(RegistrationStore::map).list();
	}

	public boolean correct(Registration before, String newCode, String canonical, Verdict verdict, String reason,
			String actor) {
		return correct(before, newCode, canonical, verdict, reason, actor, Instant.now(this.clock));
	}

	public boolean correct(Registration before, String newCode, String canonical, Verdict verdict, String reason,
			String actor, Instant at) {
		Timestamp now = Timestamp.from(at);
		boolean updated = this.jdbc.sql("""
				UPDATE identifier_registration
				   SET code = :code, canonical_code = :canonical, verdict = :verdict, corrected = TRUE,
				       version = version + 1, updated_at = :now
				 WHERE id = :id AND version = :version
				""")
			.param("code", newCode)
			.param("canonical", canonical)
			.param("verdict", verdict.name())
			.param("now", now)
			.param("id", before.id())
			.param("version", before.version())
			.update() == 1;
		if (updated) {
			this.jdbc
				.sql("""
						INSERT INTO identifier_alias (registration_id, old_code, new_code, reason, corrected_by, corrected_at)
						VALUES (:id, :old, :new, :reason, :by, :now)
						""")
				.param("id", before.id())
				.param("old", before.code())
				.param("new", newCode)
				.param("reason", reason)
				.param("by", actor)
				.param("now", now)
				.update();
		}
		return updated;
	}

	/** Invalid registrations after {@code afterId}, keyset paged. */
	public List<Registration> invalid(long afterId, int limit) {
		return this.jdbc.sql(
				"SELECT * FROM identifier_registration WHERE verdict = 'INVALID' AND id > :after ORDER BY id LIMIT :limit")
			.param("after", afterId)
			.param("limit", limit)
			.query(RegistrationStore::map)
			.list();
	}

	/** Duplicate keys after {@code afterKey}, keyset paged. */
	public List<String> duplicateKeys(String afterKey, int limit) {
		return this.jdbc.sql("SELECT k FROM (" + DUPLICATE_KEYS + ") d WHERE k > :after ORDER BY k LIMIT :limit")
			.param("after", afterKey)
			.param("limit", limit)
			.query(String.class)
			.list();
	}

	public List<Registration> withKey(String key) {
		return this.jdbc
			.sql("SELECT * FROM identifier_registration WHERE COALESCE(canonical_code, code) = :key ORDER BY id")
			.param("key", key)
			.query(RegistrationStore::map)
			.list();
	}

	/** Figures per registering authority and division, in one pass. */
	public List<QualityFigures> quality() {
		return this.jdbc.sql("""
				WITH dup AS (%s)
				SELECT r.authority, r.division, count(*) AS total,
				       count(*) FILTER (WHERE r.verdict = 'INVALID') AS invalid,
				       count(*) FILTER (WHERE dup.k IS NOT NULL) AS duplicate,
				       count(*) FILTER (WHERE r.verdict = 'INVALID' OR dup.k IS NOT NULL) AS defective,
				       count(*) FILTER (WHERE r.corrected) AS corrected
				FROM identifier_registration r LEFT JOIN dup ON dup.k = COALESCE(r.canonical_code, r.code)
				GROUP BY r.authority, r.division
				ORDER BY r.authority, r.division
				""".formatted(DUPLICATE_KEYS))
			.query((rs, row) -> new QualityFigures(rs.getString("authority"), rs.getString("division"),
					rs.getLong("total"), rs.getLong("invalid"), rs.getLong("duplicate"), rs.getLong("defective"),
					rs.getLong("corrected")))
			.list();
	}

	/** Missed corrections after {@code afterId}, keyset paged. */
	public List<MissedCorrection> missedCorrections(long afterId, int limit) {
		return this.jdbc.sql("SELECT * FROM identifier_missed_correction WHERE id > :after ORDER BY id LIMIT :limit")
			.param("after", afterId)
			.param("limit", limit)
			.query((rs, n) -> new MissedCorrection(rs.getLong("id"), rs.getLong("subject_id"),
					rs.getLong("other_subject_id"), rs.getString("code"), rs.getTimestamp("found_at").toInstant()))
			.list();
	}

	private static Registration map(ResultSet rs, int row) throws SQLException {
		return new Registration(rs.getLong("id"), rs.getString("code"), rs.getString("canonical_code"),
				Verdict.valueOf(rs.getString("verdict")), HolderCategory.valueOf(rs.getString("subject_type")),
				rs.getString("subject_name"), rs.getString("authority"), new DivisionCode(rs.getString("division")),
				rs.getString("source_ref"), rs.getBoolean("corrected"), rs.getInt("version"),
				rs.getTimestamp("registered_at").toInstant(), rs.getObject("subject_id", Long.class));
	}

}
