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
import io.gongxin.remedy.RepairApplication;
import io.gongxin.remedy.RepairState;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RepairStore {

	/** The states of a case still being handled. */
	private static final List<String> OPEN = java.util.Arrays.stream(RepairState.values())
		.filter(state -> !state.finished())
		.map(Enum::name)
		.toList();

	private static final TypeReference<List<Evidence>> EVIDENCE = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	RepairStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Files the application; a second open application for the record is refused by the
	 * index.
	 */
	public void insert(long id, String reference, CaseSubject about, Applicant applicant, String filedBy,
			String dutiesPerformed, List<Evidence> evidence, java.time.LocalDate replyDue, Instant at) {
		about.bind(this.jdbc.sql("INSERT INTO remedy_repair (id, reference, " + CaseSubject.COLUMNS + """
				, applicant_name, applicant_contact, channel, filed_by, duties_performed, evidence, state, reply_due,
				  filed_at)
				VALUES (:id, :reference, """ + CaseSubject.VALUES + """
				, :applicant, :contact, :channel, :filedBy, :duties, CAST(:evidence AS jsonb), 'FILED', :replyDue, :at)
				"""))
			.param("id", id)
			.param("reference", reference)
			.param("applicant", applicant.name())
			.param("contact", applicant.contact())
			.param("channel", applicant.channel().name())
			.param("filedBy", filedBy)
			.param("duties", dutiesPerformed)
			.param("evidence", this.json.writeValueAsString(evidence))
			.param("replyDue", replyDue)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The cases being handled for a subject's records: reference by record id. */
	public java.util.Map<Long, String> openOfSubject(SubjectId subject) {
		return CaseSubject.openOfSubject(this.jdbc, "remedy_repair", OPEN, subject);
	}

	/** The reference of the case being handled for the record, if there is one. */
	public Optional<String> openFor(long recordId) {
		return CaseSubject.openFor(this.jdbc, "remedy_repair", OPEN, recordId);
	}

	public Optional<RepairApplication> find(long id) {
		return this.jdbc.sql("SELECT * FROM remedy_repair WHERE id = :id").param("id", id).query(this::map).optional();
	}

	public Optional<RepairApplication> byReference(String reference) {
		return this.jdbc.sql("SELECT * FROM remedy_repair WHERE reference = :reference")
			.param("reference", reference)
			.query(this::map)
			.optional();
	}

	public List<RepairApplication> ofSubject(SubjectId subject) {
		return this.jdbc.sql("SELECT * FROM remedy_repair WHERE subject_id = :subject ORDER BY id DESC LIMIT 200")
			.param("subject", subject.value())
			.query(this::map)
			.list();
	}

	public List<RepairApplication> inState(RepairState state, String provider, long afterId, int limit) {
		return CaseSubject.inState(this.jdbc, "remedy_repair", state.name(), provider, afterId, limit, this::map);
	}

	/**
	 * Moves the application if it is still where the caller saw it; false when another
	 * step came first.
	 */
	public boolean move(RepairApplication seen, RepairState to, String reply, Instant finishedAt) {
		return this.jdbc.sql("""
				UPDATE remedy_repair SET state = :to, reply = coalesce(:reply, reply), finished_at = :finished,
				    version = version + 1
				WHERE id = :id AND state = :from AND version = :version
				""")
			.param("id", seen.id())
			.param("from", seen.state().name())
			.param("version", seen.version())
			.param("to", to.name())
			.param("reply", reply)
			.param("finished", (finishedAt != null) ? Timestamp.from(finishedAt) : null)
			.update() == 1;
	}

	/**
	 * Keeps a repair decided elsewhere; false when that source's reference came before.
	 */
	public boolean recordExternal(io.gongxin.remedy.ExternalRepair repair, long recordId, SubjectId subject, String by,
			Instant at) {
		return this.jdbc.sql("""
				INSERT INTO remedy_external_repair (source, reference, record_id, subject_id, approved_on, received_by,
				    received_at)
				VALUES (:source, :reference, :record, :subject, :approvedOn, :by, :at)
				ON CONFLICT (source, reference) DO NOTHING
				""")
			.param("source", repair.source())
			.param("reference", repair.reference())
			.param("record", recordId)
			.param("subject", subject.value())
			.param("approvedOn", repair.approvedOn())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** An application being handled whose answer date could not be counted when filed. */
	public record ReplyDuePending(long id, String reference, Instant filedAt, int extendedDays) {
	}

	/** Keyset: the applications after {@code afterId}. */
	public List<ReplyDuePending> replyDuePending(long afterId, int limit) {
		return this.jdbc.sql("""
				SELECT id, reference, filed_at, extended_days FROM remedy_repair
				WHERE reply_due IS NULL AND state IN ('FILED', 'ACCEPTED') AND id > :after ORDER BY id LIMIT :limit""")
			.param("after", afterId)
			.param("limit", limit)
			.query((rs, n) -> new ReplyDuePending(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					rs.getInt(4)))
			.list();
	}

	/** Sets the answer date of an application filed without one (its version stays). */
	public boolean setReplyDue(long id, java.time.LocalDate replyDue) {
		return this.jdbc.sql("UPDATE remedy_repair SET reply_due = :due WHERE id = :id AND reply_due IS NULL")
			.param("due", replyDue)
			.param("id", id)
			.update() == 1;
	}

	/** Extends the decision once, if the application is where the caller saw it. */
	public boolean extend(RepairApplication seen, int days, java.time.LocalDate replyDue) {
		return this.jdbc.sql("""
				UPDATE remedy_repair SET extended_days = :days, reply_due = :replyDue, version = version + 1
				WHERE id = :id AND state = 'ACCEPTED' AND version = :version AND extended_days = 0
				""")
			.param("id", seen.id())
			.param("version", seen.version())
			.param("days", days)
			.param("replyDue", replyDue)
			.update() == 1;
	}

	private RepairApplication map(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new RepairApplication(rs.getLong("id"), rs.getString("reference"), rs.getLong("record_id"),
				new SubjectId(rs.getLong("subject_id")), rs.getString("subject_name"),
				rs.getBoolean("subject_is_person"), rs.getString("category_code"), rs.getString("category_name"),
				rs.getString("document_number"), rs.getString("provider_code"),
				new Applicant(rs.getString("applicant_name"), rs.getString("applicant_contact"),
						Applicant.Channel.valueOf(rs.getString("channel"))),
				rs.getString("filed_by"), rs.getString("duties_performed"),
				this.json.readValue(rs.getString("evidence"), EVIDENCE), RepairState.valueOf(rs.getString("state")),
				rs.getString("reply"), rs.getObject("reply_due", java.time.LocalDate.class), rs.getInt("extended_days"),
				rs.getTimestamp("filed_at").toInstant(), (finished != null) ? finished.toInstant() : null,
				rs.getInt("version"));
	}

}
