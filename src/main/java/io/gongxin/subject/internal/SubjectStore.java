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

import javax.sql.DataSource;

import io.gongxin.platform.BulkCopy;
import io.gongxin.platform.PipelinedSql;
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

	private volatile String idSequence;

	SubjectStore(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	public SubjectId insert(NewSubject subject, String source) {
		Instant now = Instant.now(this.clock);
		String normalized = SubjectName.normalize(subject.name());
		SubjectName.SearchColumns columns = SubjectName.SearchColumns.of(normalized);
		long id = this.jdbc.sql("""
				INSERT INTO subject (subject_type, name, name_normalized, name_search, name_bigrams, name_pinyin,
				                     name_initials, legal_representative, status, division_code, registering_authority,
				                     registered_on, created_at, updated_at)
				VALUES (:type, :name, :normalized, :search, :bigrams, :pinyin, :initials, :legalRep, :status,
				        :division, :authority, :registeredOn, :now, :now)
				RETURNING id
				""")
			.param("type", subject.type().name())
			.param("name", subject.name())
			.param("normalized", normalized)
			.param("search", columns.search())
			.param("bigrams", textArray(columns.bigrams()))
			.param("pinyin", columns.pinyin())
			.param("initials", columns.initials())
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
	/**
	 * @param deferNameIndex leave the derived search columns for the background name
	 * indexer (large intakes); exact and prefix search find the subjects at once anyway
	 */
	public List<SubjectId> insertAll(List<NewSubject> subjects, String source, boolean deferNameIndex) {
		if (subjects.isEmpty()) {
			return List.of();
		}
		List<Long> ids = this.jdbc.sql("SELECT nextval(CAST(:sequence AS regclass)) FROM generate_series(1, :n)")
			.param("sequence", this.idSequence())
			.param("n", subjects.size())
			.query(Long.class)
			.list();
		Instant now = Instant.now(this.clock);
		DataSource dataSource = this.template.getDataSource();
		BulkCopy rows = BulkCopy.into(dataSource, "subject", "id", "subject_type", "name", "name_normalized",
				"name_search", "name_bigrams", "name_pinyin", "name_initials", "legal_representative", "status",
				"division_code", "registering_authority", "registered_on", "created_at", "updated_at");
		for (int i = 0; i < subjects.size(); i++) {
			NewSubject subject = subjects.get(i);
			String normalized = SubjectName.normalize(subject.name());
			if (deferNameIndex) {
				rows.row(ids.get(i), subject.type(), subject.name(), normalized, null, null, null, null,
						subject.legalRepresentative(), subject.status(), subject.divisionCode(),
						subject.registeringAuthority(), subject.registeredOn(), now, now);
			}
			else {
				SubjectName.SearchColumns columns = SubjectName.SearchColumns.of(normalized);
				rows.row(ids.get(i), subject.type(), subject.name(), normalized, columns.search(), columns.bigrams(),
						columns.pinyin(), columns.initials(), subject.legalRepresentative(), subject.status(),
						subject.divisionCode(), subject.registeringAuthority(), subject.registeredOn(), now, now);
			}
		}
		rows.finish();
		BulkCopy keys = BulkCopy.into(dataSource, "subject_key", "subject_id", "kind", "value", "current", "since");
		for (int i = 0; i < subjects.size(); i++) {
			SubjectKey key = subjects.get(i).key();
			if (key != null) {
				keys.row(ids.get(i), key.kind(), key.value(), true, now);
			}
		}
		keys.finish();
		BulkCopy names = BulkCopy.into(dataSource, "subject_name_history", "subject_id", "name", "valid_from",
				"source");
		for (int i = 0; i < subjects.size(); i++) {
			names.row(ids.get(i), subjects.get(i).name(), now, source);
		}
		names.finish();
		return ids.stream().map(SubjectId::new).toList();
	}

	/** A subject whose derived search columns are still to be written. */
	public record Unindexed(long id, String normalizedName) {
	}

	/** Up to {@code limit} subjects waiting for the name indexer, oldest first. */
	public List<Unindexed> unindexed(int limit) {
		return this.jdbc
			.sql("SELECT id, name_normalized FROM subject WHERE name_search IS NULL ORDER BY id LIMIT :limit")
			.param("limit", limit)
			.query((rs, n) -> new Unindexed(rs.getLong("id"), rs.getString("name_normalized")))
			.list();
	}

	/**
	 * Writes the derived search columns of the given subjects in one statement, unless
	 * their name changed in the meantime (a rename writes them itself).
	 */
	public void writeNameIndex(List<Unindexed> subjects) {
		if (subjects.isEmpty()) {
			return;
		}
		int n = subjects.size();
		Long[] ids = new Long[n];
		String[] search = new String[n];
		String[] bigrams = new String[n];
		String[] pinyin = new String[n];
		String[] initials = new String[n];
		for (int i = 0; i < n; i++) {
			SubjectName.SearchColumns columns = SubjectName.SearchColumns.of(subjects.get(i).normalizedName());
			ids[i] = subjects.get(i).id();
			search[i] = columns.search();
			bigrams[i] = BulkCopy.arrayLiteral(columns.bigrams());
			pinyin[i] = columns.pinyin();
			initials[i] = columns.initials();
		}
		this.jdbc
			.sql("""
					UPDATE subject s
					SET name_search = u.search, name_bigrams = CAST(u.bigrams AS text[]), name_pinyin = u.pinyin,
					    name_initials = u.initials
					FROM unnest(CAST(:ids AS bigint[]), CAST(:search AS text[]), CAST(:bigrams AS text[]),
					            CAST(:pinyin AS text[]), CAST(:initials AS text[])) AS u (id, search, bigrams, pinyin, initials)
					WHERE s.id = u.id AND s.name_search IS NULL AND s.name_normalized = u.search
					""")
			.param("ids", ids)
			.param("search", search)
			.param("bigrams", bigrams)
			.param("pinyin", pinyin)
			.param("initials", initials)
			.update();
	}

	private String idSequence() {
		String sequence = this.idSequence;
		if (sequence == null) {
			// looked up once: per row, the catalogue look-up cost more than the nextval
			sequence = this.jdbc.sql("SELECT pg_get_serial_sequence('subject', 'id')").query(String.class).single();
			this.idSequence = sequence;
		}
		return sequence;
	}

	/**
	 * The subject a key belongs to, with its registered name and that name's normalised
	 * form.
	 */
	public record KeyHolder(SubjectId subjectId, String name, String normalizedName) {
	}

	/** The first holder of each key that is known. */
	public Map<SubjectKey, KeyHolder> findByKeys(List<SubjectKey> keys) {
		Map<SubjectKey, KeyHolder> found = new LinkedHashMap<>();
		if (keys.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				SELECT DISTINCT ON (k.kind, k.value) k.kind, k.value, k.subject_id, s.name, s.name_normalized
				FROM subject_key k JOIN subject s ON s.id = k.subject_id
				WHERE k.value = ANY (:values)
				ORDER BY k.kind, k.value, k.current DESC, k.subject_id
				""")
			.param("values", keys.stream().map(SubjectKey::value).distinct().toArray(String[]::new))
			.query(rs -> {
				SubjectKey key = new SubjectKey(SubjectKey.Kind.valueOf(rs.getString("kind")), rs.getString("value"));
				found.put(key, new KeyHolder(new SubjectId(rs.getLong("subject_id")), rs.getString("name"),
						rs.getString("name_normalized")));
			});
		found.keySet().retainAll(new java.util.HashSet<>(keys));
		return found;
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

	/** How many subjects the register holds. */
	/** Subjects waiting for the background name indexer (a partial index holds them). */
	public long countUnindexed() {
		return this.jdbc.sql("SELECT count(*) FROM subject WHERE name_search IS NULL").query(Long.class).single();
	}

	public long count() {
		return this.jdbc.sql("SELECT count(*) FROM subject").query(Long.class).single();
	}

	public List<SubjectId> idsAfter(long afterId, int limit) {
		return this.jdbc.sql("SELECT id FROM subject WHERE id > ? ORDER BY id LIMIT ?")
			.params(afterId, limit)
			.query((rs, i) -> new SubjectId(rs.getLong(1)))
			.list();
	}

	public Optional<Subject> find(SubjectId id) {
		Optional<Subject> bare = this.jdbc.sql("SELECT " + COLUMNS + " FROM subject WHERE id = :id")
			.param("id", id.value())
			.query((rs, n) -> map(rs, List.of()))
			.optional();
		return bare.map(subject -> withKeys(subject, keysOf(List.of(id)).getOrDefault(id.value(), List.of())));
	}

	/** Subjects by id with their keys, in two queries; unknown ids are left out. */
	public List<Subject> findAll(List<SubjectId> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Subject> bare = this.jdbc.sql("SELECT " + COLUMNS + " FROM subject WHERE id IN (:ids) ORDER BY id")
			.param("ids", ids.stream().map(SubjectId::value).toList())
			.query((rs, n) -> map(rs, List.of()))
			.list();
		Map<Long, List<Subject.KeyEntry>> keys = keysOf(bare.stream().map(Subject::id).toList());
		return bare.stream()
			.map(subject -> withKeys(subject, keys.getOrDefault(subject.id().value(), List.of())))
			.toList();
	}

	/**
	 * The subjects holding the keys (current keys and aliases alike), each with all its
	 * keys, current first; keys nobody holds are left out.
	 */
	public PipelinedSql<Map<SubjectKey, Subject>> byKeysSql(List<SubjectKey> wanted) {
		if (wanted.isEmpty()) {
			return PipelinedSql.known(new LinkedHashMap<>());
		}
		return PipelinedSql.query("""
				SELECT q.kind AS q_kind, q.value AS q_value, %s,
				       k.kinds, k.key_values, k.currents, k.notes
				FROM (SELECT DISTINCT ON (kind, value) kind, value, subject_id FROM subject_key
				      WHERE value = ANY (:values) ORDER BY kind, value, current DESC, subject_id) q
				JOIN subject s ON s.id = q.subject_id
				CROSS JOIN LATERAL (
				    SELECT array_agg(kind ORDER BY current DESC, since) AS kinds,
				           array_agg(value ORDER BY current DESC, since) AS key_values,
				           array_agg(current ORDER BY current DESC, since) AS currents,
				           array_agg(note ORDER BY current DESC, since) AS notes
				    FROM subject_key WHERE subject_id = s.id) k
				""".formatted(COLUMNS),
				Map.of("values", wanted.stream().map(SubjectKey::value).distinct().toArray(String[]::new)), rs -> {
					Map<SubjectKey, Subject> found = new LinkedHashMap<>();
					while (rs.next()) {
						String[] kinds = (String[]) rs.getArray("kinds").getArray();
						String[] values = (String[]) rs.getArray("key_values").getArray();
						Boolean[] currents = (Boolean[]) rs.getArray("currents").getArray();
						String[] notes = (String[]) rs.getArray("notes").getArray();
						List<Subject.KeyEntry> keys = new ArrayList<>(kinds.length);
						for (int i = 0; i < kinds.length; i++) {
							keys.add(new Subject.KeyEntry(new SubjectKey(SubjectKey.Kind.valueOf(kinds[i]), values[i]),
									currents[i], notes[i]));
						}
						found.put(new SubjectKey(SubjectKey.Kind.valueOf(rs.getString("q_kind")),
								rs.getString("q_value")), map(rs, keys));
					}
					return found;
				});
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
		SubjectName.SearchColumns columns = SubjectName.SearchColumns.of(normalized);
		int updated = this.jdbc.sql("""
				UPDATE subject SET name = :name, name_normalized = :normalized, name_search = :search,
				                   name_bigrams = :bigrams,
				                   name_pinyin = :pinyin, name_initials = :initials, updated_at = :now,
				                   version = version + 1
				WHERE id = :id AND version = :expected
				""")
			.param("id", id.value())
			.param("name", newName)
			.param("normalized", normalized)
			.param("search", columns.search())
			.param("bigrams", textArray(columns.bigrams()))
			.param("pinyin", columns.pinyin())
			.param("initials", columns.initials())
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

	/**
	 * The columns {@link #map} reads; the search columns (bigrams, pinyin) are left on
	 * the server, which a check's lookup by key would otherwise fetch and send each time.
	 */
	static final String COLUMNS = "id, subject_type, name, legal_representative, status, division_code, "
			+ "registering_authority, registered_on, version";

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
