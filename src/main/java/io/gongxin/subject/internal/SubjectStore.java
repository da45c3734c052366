package io.gongxin.subject.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.subject.NewSubject;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectName;
import io.gongxin.subject.SubjectStatus;
import io.gongxin.subject.SubjectType;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Subjects, their keys (current and aliases) and name history. The searchable name
 * columns are derived here, in one place, whenever a name is written.
 */
@Repository
public class SubjectStore {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	SubjectStore(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	public SubjectId insert(NewSubject subject, String source) {
		Instant now = Instant.now(this.clock);
		String normalized = SubjectName.normalize(subject.name());
		long id = this.jdbc.sql("""
				INSERT INTO subject (subject_type, name, name_normalized, name_bigrams, name_pinyin, name_initials,
				                     legal_representative, status, division_code, registering_authority, registered_on,
				                     created_at, updated_at)
				VALUES (:type, :name, :normalized, :bigrams, :pinyin, :initials, :legalRep, :status, :division,
				        :authority, :registeredOn, :now, :now)
				RETURNING id
				""")
			.param("type", subject.type().name())
			.param("name", subject.name())
			.param("normalized", normalized)
			.param("bigrams", textArray(SubjectName.bigrams(normalized)))
			.param("pinyin", SubjectName.pinyin(normalized))
			.param("initials", SubjectName.initials(normalized))
			.param("legalRep", subject.legalRepresentative())
			.param("status", subject.status().name())
			.param("division", subject.divisionCode())
			.param("authority", subject.registeringAuthority())
			.param("registeredOn", subject.registeredOn())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		SubjectId subjectId = new SubjectId(id);
		if (subject.key() != null) {
			addKey(subjectId, subject.key(), true, null);
		}
		this.jdbc.sql("""
				INSERT INTO subject_name_history (subject_id, name, valid_from, source)
				VALUES (:id, :name, :now, :source)
				""")
			.param("id", id)
			.param("name", subject.name())
			.param("now", Timestamp.from(now))
			.param("source", source)
			.update();
		return subjectId;
	}

	/**
	 * Registers many subjects in a few round trips: ids are drawn from the identity
	 * sequence first, so subjects, keys and name history can be written as batches.
	 */
	public List<SubjectId> insertAll(List<NewSubject> subjects, String source) {
		if (subjects.isEmpty()) {
			return List.of();
		}
		List<Long> ids = this.jdbc
			.sql("SELECT nextval(pg_get_serial_sequence('subject', 'id')) FROM generate_series(1, :n)")
			.param("n", subjects.size())
			.query(Long.class)
			.list();
		Timestamp now = Timestamp.from(Instant.now(this.clock));
		List<Object[]> rows = new ArrayList<>(subjects.size());
		List<Object[]> keys = new ArrayList<>();
		List<Object[]> names = new ArrayList<>(subjects.size());
		for (int i = 0; i < subjects.size(); i++) {
			NewSubject subject = subjects.get(i);
			String normalized = SubjectName.normalize(subject.name());
			rows.add(new Object[] { ids.get(i), subject.type().name(), subject.name(), normalized,
					textArray(SubjectName.bigrams(normalized)), SubjectName.pinyin(normalized),
					SubjectName.initials(normalized), subject.legalRepresentative(), subject.status().name(),
					subject.divisionCode(), subject.registeringAuthority(),
					(subject.registeredOn() != null) ? java.sql.Date.valueOf(subject.registeredOn()) : null, now,
					now });
			if (subject.key() != null) {
				keys.add(new Object[] { ids.get(i), subject.key().kind().name(), subject.key().value(), now });
			}
			names.add(new Object[] { ids.get(i), subject.name(), now, source });
		}
		this.template.batchUpdate("""
				INSERT INTO subject (id, subject_type, name, name_normalized, name_bigrams, name_pinyin, name_initials,
				                     legal_representative, status, division_code, registering_authority, registered_on,
				                     created_at, updated_at)
				OVERRIDING SYSTEM VALUE
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows);
		this.template.batchUpdate(
				"INSERT INTO subject_key (subject_id, kind, value, current, since) VALUES (?, ?, ?, TRUE, ?)", keys);
		this.template.batchUpdate(
				"INSERT INTO subject_name_history (subject_id, name, valid_from, source) VALUES (?, ?, ?, ?)", names);
		return ids.stream().map(SubjectId::new).toList();
	}

	/** The first holder of each key that is known. */
	public Map<SubjectKey, SubjectId> findByKeys(List<SubjectKey> keys) {
		Map<SubjectKey, SubjectId> found = new LinkedHashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				SELECT DISTINCT ON (kind, value) kind, value, subject_id FROM subject_key
				WHERE value IN (:values) ORDER BY kind, value, current DESC, subject_id
				""").param("values", keys.stream().map(SubjectKey::value).distinct().toList()).query(rs -> {
			SubjectKey key = new SubjectKey(SubjectKey.Kind.valueOf(rs.getString("kind")), rs.getString("value"));
			found.put(key, new SubjectId(rs.getLong("subject_id")));
		});
		found.keySet().retainAll(new java.util.HashSet<>(keys));
		return found;
	}

	public Map<Long, String> namesOf(List<SubjectId> ids) {
		Map<Long, String> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql("SELECT id, name FROM subject WHERE id IN (:ids)")
			.param("ids", ids.stream().map(SubjectId::value).toList())
			.query(rs -> {
				names.put(rs.getLong("id"), rs.getString("name"));
			});
		return names;
	}

	public void addKey(SubjectId id, SubjectKey key, boolean current, String note) {
		if (current) {
			this.jdbc.sql("UPDATE subject_key SET current = FALSE WHERE subject_id = :id AND kind = :kind")
				.param("id", id.value())
				.param("kind", key.kind().name())
				.update();
		}
		this.jdbc.sql("""
				INSERT INTO subject_key (subject_id, kind, value, current, since, note)
				VALUES (:id, :kind, :value, :current, :now, :note)
				ON CONFLICT (kind, value, subject_id) DO UPDATE SET current = EXCLUDED.current, note = EXCLUDED.note
				""")
			.param("id", id.value())
			.param("kind", key.kind().name())
			.param("value", key.value())
			.param("current", current)
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("note", note)
			.update();
	}

	/**
	 * Subjects known by the key, current holders first. More than one means a duplicate
	 * code (重码).
	 */
	public List<SubjectId> findByKey(SubjectKey key) {
		return this.jdbc.sql("""
				SELECT subject_id FROM subject_key WHERE kind = :kind AND value = :value
				ORDER BY current DESC, subject_id
				""")
			.param("kind", key.kind().name())
			.param("value", key.value())
			.query((rs, n) -> new SubjectId(rs.getLong(1)))
			.list();
	}

	public Optional<Subject> find(SubjectId id) {
		Optional<Subject> bare = this.jdbc.sql("SELECT * FROM subject WHERE id = :id")
			.param("id", id.value())
			.query((rs, n) -> map(rs, List.of()))
			.optional();
		return bare.map(subject -> withKeys(subject, keysOf(List.of(id)).getOrDefault(id.value(), List.of())));
	}

	public Map<Long, List<Subject.KeyEntry>> keysOf(List<SubjectId> ids) {
		Map<Long, List<Subject.KeyEntry>> keys = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return keys;
		}
		this.jdbc.sql("""
				SELECT subject_id, kind, value, current, note FROM subject_key
				WHERE subject_id IN (:ids) ORDER BY subject_id, current DESC, since
				""").param("ids", ids.stream().map(SubjectId::value).toList()).query(rs -> {
			keys.computeIfAbsent(rs.getLong("subject_id"), k -> new ArrayList<>())
				.add(new Subject.KeyEntry(
						new SubjectKey(SubjectKey.Kind.valueOf(rs.getString("kind")), rs.getString("value")),
						rs.getBoolean("current"), rs.getString("note")));
		});
		return keys;
	}

	public boolean rename(SubjectId id, String newName, int expectedVersion, String source) {
		Instant now = Instant.now(this.clock);
		String normalized = SubjectName.normalize(newName);
		int updated = this.jdbc.sql("""
				UPDATE subject SET name = :name, name_normalized = :normalized, name_bigrams = :bigrams,
				                   name_pinyin = :pinyin, name_initials = :initials, updated_at = :now,
				                   version = version + 1
				WHERE id = :id AND version = :expected
				""")
			.param("id", id.value())
			.param("name", newName)
			.param("normalized", normalized)
			.param("bigrams", textArray(SubjectName.bigrams(normalized)))
			.param("pinyin", SubjectName.pinyin(normalized))
			.param("initials", SubjectName.initials(normalized))
			.param("now", Timestamp.from(now))
			.param("expected", expectedVersion)
			.update();
		if (updated == 1) {
			this.jdbc.sql("UPDATE subject_name_history SET valid_to = :now WHERE subject_id = :id AND valid_to IS NULL")
				.param("id", id.value())
				.param("now", Timestamp.from(now))
				.update();
			this.jdbc.sql("""
					INSERT INTO subject_name_history (subject_id, name, valid_from, source)
					VALUES (:id, :name, :now, :source)
					""")
				.param("id", id.value())
				.param("name", newName)
				.param("now", Timestamp.from(now))
				.param("source", source)
				.update();
		}
		return updated == 1;
	}

	public boolean changeStatus(SubjectId id, SubjectStatus status, int expectedVersion) {
		return this.jdbc.sql("""
				UPDATE subject SET status = :status, version = version + 1, updated_at = :now
				WHERE id = :id AND version = :expected
				""")
			.param("id", id.value())
			.param("status", status.name())
			.param("expected", expectedVersion)
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update() == 1;
	}

	public List<String> nameHistory(SubjectId id) {
		return this.jdbc.sql("SELECT name FROM subject_name_history WHERE subject_id = :id ORDER BY valid_from, name")
			.param("id", id.value())
			.query(String.class)
			.list();
	}

	static Subject map(ResultSet rs, List<Subject.KeyEntry> keys) throws SQLException {
		java.sql.Date registered = rs.getDate("registered_on");
		return new Subject(new SubjectId(rs.getLong("id")), SubjectType.valueOf(rs.getString("subject_type")),
				rs.getString("name"), keys, rs.getString("legal_representative"),
				SubjectStatus.valueOf(rs.getString("status")), rs.getString("division_code"),
				rs.getString("registering_authority"), (registered != null) ? registered.toLocalDate() : null,
				rs.getInt("version"));
	}

	private static Subject withKeys(Subject subject, List<Subject.KeyEntry> keys) {
		return new Subject(subject.id(), subject.type(), subject.name(), keys, subject.legalRepresentative(),
				subject.status(), subject.divisionCode(), subject.registeringAuthority(), subject.registeredOn(),
				subject.version());
	}

	Array textArray(List<String> values) {
		return this.template
			.execute((ConnectionCallback<Array>) connection -> connection.createArrayOf("text", values.toArray()));
	}

}
