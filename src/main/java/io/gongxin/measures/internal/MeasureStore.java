package io.gongxin.measures.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.gongxin.lists.ListKind;
import io.gongxin.measures.Measure;
import io.gongxin.measures.MeasureKind;
import io.gongxin.measures.MeasureList;
import io.gongxin.measures.MeasureState;
import io.gongxin.measures.MeasureTarget;
import io.gongxin.measures.NewMeasure;
import io.gongxin.measures.Scenario;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class MeasureStore {

	private final JdbcClient jdbc;

	MeasureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(NewMeasure m, int revision, String proposedBy, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO measure (code, revision, list, kind, name, content, action, legal_basis, trigger_kind,
				    list_name_contains, targets, scenarios, departments, state, proposed_by, proposed_at)
				VALUES (:code, :revision, :list, :kind, :name, :content, :action, :basis, :trigger, :contains,
				    :targets, :scenarios, :departments, 'IN_REVIEW', :by, :at)
				RETURNING id
				""")
			.param("code", m.code())
			.param("revision", revision)
			.param("list", m.list().name())
			.param("kind", m.kind().name())
			.param("name", m.name().strip())
			.param("content", m.content().strip())
			.param("action", m.action().strip())
			.param("basis", m.legalBasis().strip())
			.param("trigger", m.trigger().name())
			.param("contains",
					(m.listNameContains() == null || m.listNameContains().isBlank()) ? null
							: m.listNameContains().strip())
			.param("targets", m.targets().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("scenarios", m.scenarios().stream().map(Enum::name).sorted().toArray(String[]::new))
			.param("departments", m.departments().toArray(String[]::new))
			.param("by", proposedBy)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	public int nextRevision(String code) {
		return this.jdbc.sql("SELECT coalesce(max(revision), 0) + 1 FROM measure WHERE code = :code")
			.param("code", code)
			.query(Integer.class)
			.single();
	}

	public Optional<Measure> find(long id) {
		return this.jdbc.sql("SELECT * FROM measure WHERE id = :id")
			.param("id", id)
			.query(MeasureStore::measure)
			.optional();
	}

	/** Locks the revision for a state change. */
	public Optional<Measure> lock(long id) {
		return this.jdbc.sql("SELECT * FROM measure WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(MeasureStore::measure)
			.optional();
	}

	public Optional<Measure> current(String code) {
		return this.jdbc.sql("SELECT * FROM measure WHERE code = :code AND state = 'PUBLISHED' AND retired_at IS NULL")
			.param("code", code)
			.query(MeasureStore::measure)
			.optional();
	}

	public void publish(long id, String reviewer, String note, Instant at) {
		this.jdbc.sql("""
				UPDATE measure SET state = 'PUBLISHED', reviewed_by = :reviewer, review_note = :note, published_at = :at
				WHERE id = :id""")
			.param("reviewer", reviewer)
			.param("note", note)
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	public void reject(long id, String reviewer, String note) {
		this.jdbc
			.sql("UPDATE measure SET state = 'REJECTED', reviewed_by = :reviewer, review_note = :note WHERE id = :id")
			.param("reviewer", reviewer)
			.param("note", note)
			.param("id", id)
			.update();
	}

	public void retire(long id, Instant at) {
		this.jdbc.sql("UPDATE measure SET state = 'RETIRED', retired_at = :at WHERE id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	/** Every revision ever published (retired ones too), for as-of answers. */
	public List<Measure> published() {
		return this.jdbc.sql("SELECT * FROM measure WHERE published_at IS NOT NULL ORDER BY code, revision")
			.query(MeasureStore::measure)
			.list();
	}

	public List<Measure> inReview() {
		return this.jdbc.sql("SELECT * FROM measure WHERE state = 'IN_REVIEW' ORDER BY proposed_at")
			.query(MeasureStore::measure)
			.list();
	}

	public List<Measure> revisions(String code) {
		return this.jdbc.sql("SELECT * FROM measure WHERE code = :code ORDER BY revision DESC")
			.param("code", code)
			.query(MeasureStore::measure)
			.list();
	}

	static Measure measure(ResultSet rs, int row) throws SQLException {
		Timestamp published = rs.getTimestamp("published_at");
		Timestamp retired = rs.getTimestamp("retired_at");
		return new Measure(rs.getLong("id"), rs.getString("code"), rs.getInt("revision"),
				MeasureList.valueOf(rs.getString("list")), MeasureKind.valueOf(rs.getString("kind")),
				rs.getString("name"), rs.getString("content"), rs.getString("action"), rs.getString("legal_basis"),
				ListKind.valueOf(rs.getString("trigger_kind")), rs.getString("list_name_contains"),
				enums(rs.getArray("targets"), MeasureTarget.class), enums(rs.getArray("scenarios"), Scenario.class),
				Arrays.asList(strings(rs.getArray("departments"))), rs.getBoolean("seeded"),
				MeasureState.valueOf(rs.getString("state")), rs.getString("proposed_by"),
				rs.getTimestamp("proposed_at").toInstant(), rs.getString("reviewed_by"), rs.getString("review_note"),
				(published != null) ? published.toInstant() : null, (retired != null) ? retired.toInstant() : null);
	}

	private static String[] strings(Array array) throws SQLException {
		return (array == null) ? new String[0] : (String[]) array.getArray();
	}

	private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
		Set<E> result = EnumSet.noneOf(type);
		result.addAll(Arrays.stream(strings(array)).map(name -> Enum.valueOf(type, name)).collect(Collectors.toSet()));
		return result;
	}

}
