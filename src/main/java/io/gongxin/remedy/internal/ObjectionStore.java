package io.gongxin.remedy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.remedy.Applicant;
import io.gongxin.remedy.Evidence;
import io.gongxin.remedy.Objection;
import io.gongxin.remedy.ObjectionOutcome;
import io.gongxin.remedy.ObjectionState;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ObjectionStore {

	/** The states of a case still being handled. */
	private static final List<String> OPEN = java.util.Arrays.stream(ObjectionState.values())
		.filter(state -> !state.finished())
		.map(Enum::name)
		.toList();

	private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ObjectionStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Files the objection; a second open objection to the record is refused by the index.
	 */
	public void insert(long id, String reference, CaseSubject about, Applicant applicant, String filedBy,
			String reasons, List<Evidence> evidence, Instant at) {
		about.bind(this.jdbc.sql("INSERT INTO remedy_objection (id, reference, " + CaseSubject.COLUMNS + """
				, applicant_name, applicant_contact, channel, filed_by, reasons, evidence, state, filed_at)
				VALUES (:id, :reference, """ + CaseSubject.VALUES + """
				, :applicant, :contact, :channel, :filedBy, :reasons, CAST(:evidence AS jsonb), 'FILED', :at)
				"""))
			.param("id", id)
			.param("reference", reference)
			.param("applicant", applicant.name())
			.param("contact", applicant.contact())
			.param("channel", applicant.channel().name())
			.param("filedBy", filedBy)
			.param("reasons", reasons)
			.param("evidence", this.json.writeValueAsString(evidence))
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The cases being handled for a subject's records: reference by record id. */
	public java.util.Map<Long, String> openOfSubject(SubjectId subject) {
		return CaseSubject.openOfSubject(this.jdbc, "remedy_objection", OPEN, subject);
	}

	/** The reference of the case being handled for the record, if there is one. */
	public Optional<String> openFor(long recordId) {
		return CaseSubject.openFor(this.jdbc, "remedy_objection", OPEN, recordId);
	}

	public Optional<Objection> find(long id) {
		return this.jdbc.sql("SELECT * FROM remedy_objection WHERE id = :id")
			.param("id", id)
			.query(this::map)
			.optional();
	}

	public Optional<Objection> byReference(String reference) {
		return this.jdbc.sql("SELECT * FROM remedy_objection WHERE reference = :reference")
			.param("reference", reference)
			.query(this::map)
			.optional();
	}

	public List<Objection> ofSubject(SubjectId subject) {
		return this.jdbc.sql("SELECT * FROM remedy_objection WHERE subject_id = :subject ORDER BY id DESC LIMIT 200")
			.param("subject", subject.value())
			.query(this::map)
			.list();
	}

	public List<Objection> inState(ObjectionState state, String provider, long afterId, int limit) {
		return CaseSubject.inState(this.jdbc, "remedy_objection", state.name(), provider, afterId, limit, this::map);
	}

	/**
	 * Moves the objection if it is still where the caller saw it; false when another step
	 * came first.
	 */
	public boolean move(Objection seen, ObjectionState to, ObjectionOutcome outcome, String reply,
			Long replacementRecord, Instant finishedAt) {
		return this.jdbc.sql("""
				UPDATE remedy_objection SET state = :to, outcome = coalesce(:outcome, outcome),
				    reply = coalesce(:reply, reply), replacement_record = coalesce(:replacement, replacement_record),
				    finished_at = :finished, version = version + 1
				WHERE id = :id AND state = :from AND version = :version
				""")
			.param("id", seen.id())
			.param("from", seen.state().name())
			.param("version", seen.version())
			.param("to", to.name())
			.param("outcome", (outcome != null) ? outcome.name() : null)
			.param("reply", reply)
			.param("replacement", replacementRecord)
			.param("finished", (finishedAt != null) ? Timestamp.from(finishedAt) : null)
			.update() == 1;
	}

	private Objection map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		Long replacement = rs.getObject("replacement_record", Long.class);
		Timestamp finished = rs.getTimestamp("finished_at");
		return new Objection(rs.getLong("id"), rs.getString("reference"), rs.getLong("record_id"),
				new SubjectId(rs.getLong("subject_id")), rs.getString("subject_name"),
				rs.getBoolean("subject_is_person"), rs.getString("category_code"), rs.getString("category_name"),
				rs.getString("document_number"), rs.getString("provider_code"),
				new Applicant(rs.getString("applicant_name"), rs.getString("applicant_contact"),
						Applicant.Channel.valueOf(rs.getString("channel"))),
				rs.getString("filed_by"), rs.getString("reasons"),
				this.json.readValue(rs.getString("evidence"), EVIDENCE), ObjectionState.valueOf(rs.getString("state")),
				(outcome != null) ? ObjectionOutcome.valueOf(outcome) : null, rs.getString("reply"), replacement,
				rs.getTimestamp("filed_at").toInstant(), (finished != null) ? finished.toInstant() : null,
				rs.getInt("version"));
	}

}
