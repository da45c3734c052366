package io.gongxin.remedy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gongxin.remedy.Correction;
import io.gongxin.remedy.CorrectionState;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class CorrectionStore {

	private final JdbcClient jdbc;

	CorrectionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Opens the correction; a second open one for the record is refused by the index. */
	public void insert(long id, String reference, CaseSubject about, String finding, String raisedBy, Instant at) {
		about.bind(this.jdbc.sql("INSERT INTO remedy_correction (id, reference, " + CaseSubject.COLUMNS + """
				, finding, raised_by, state, raised_at)
				VALUES (:id, :reference, """ + CaseSubject.VALUES + """
				, :finding, :raisedBy, 'OPEN', :at)
				"""))
			.param("id", id)
			.param("reference", reference)
			.param("finding", finding)
			.param("raisedBy", raisedBy)
			.param("at", Timestamp.from(at))
			.update();
	}

	public Optional<Correction> find(long id) {
		return this.jdbc.sql("SELECT * FROM remedy_correction WHERE id = :id")
			.param("id", id)
			.query(CorrectionStore::map)
			.optional();
	}

	public List<Correction> inState(CorrectionState state, String provider, long afterId, int limit) {
		return CaseSubject.inState(this.jdbc, "remedy_correction", state.name(), provider, afterId, limit,
				CorrectionStore::map);
	}

	/** Files the correction if it is still open as the caller saw it. */
	public boolean finish(Correction seen, CorrectionState to, String explanation, Long replacement, Instant at) {
		return this.jdbc.sql("""
				UPDATE remedy_correction SET state = :to, explanation = :explanation, replacement_record = :replacement,
				    finished_at = :at, version = version + 1
				WHERE id = :id AND state = 'OPEN' AND version = :version
				""")
			.param("id", seen.id())
			.param("version", seen.version())
			.param("to", to.name())
			.param("explanation", explanation)
			.param("replacement", replacement)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	private static Correction map(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Correction(rs.getLong("id"), rs.getString("reference"), rs.getLong("record_id"),
				new SubjectId(rs.getLong("subject_id")), rs.getString("subject_name"),
				rs.getBoolean("subject_is_person"), rs.getString("category_code"), rs.getString("category_name"),
				rs.getString("document_number"), rs.getString("provider_code"), rs.getString("finding"),
				rs.getString("raised_by"), CorrectionState.valueOf(rs.getString("state")), rs.getString("explanation"),
				rs.getObject("replacement_record", Long.class), rs.getTimestamp("raised_at").toInstant(),
				(finished != null) ? finished.toInstant() : null, rs.getInt("version"));
	}

}
