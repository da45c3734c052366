package io.gongxin.commitment.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.catalog.SeverityTier;
import io.gongxin.commitment.Commitment;
import io.gongxin.commitment.CommitmentKind;
import io.gongxin.commitment.CommitmentState;
import io.gongxin.commitment.SigningChannel;
import io.gongxin.platform.PipelinedSql;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signed commitments and their outcomes. */
@Repository
public class CommitmentStore {

	private static final TypeReference<List<String>> ITEMS = new TypeReference<>() {
	};

	static final String SELECT = """
			SELECT c.*, o.outcome, o.found_on, o.evidence, o.explanation, o.breach_tier AS outcome_tier,
			       o.record_id AS outcome_record, o.recorded_at, tv.template_code
			FROM commitment c LEFT JOIN commitment_outcome o ON o.commitment_id = c.id
			LEFT JOIN commitment_template_version tv ON tv.id = c.template_version
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final DepartmentNames names;

	private final CommitmentTally tally;

	CommitmentStore(JdbcClient jdbc, JsonMapper json, DepartmentNames names, CommitmentTally tally) {
		this.tally = tally;
		this.jdbc = jdbc;
		this.json = json;
		this.names = names;
	}

	/** What is signed, as it is stored. */
	public record NewCommitment(String number, Long templateVersion, CommitmentKind kind, String typeName,
			String matter, String text, List<String> items, String digest, SubjectId subjectId, String subjectName,
			String subjectCode, boolean subjectIsPerson, String departmentCode, SigningChannel channel,
			boolean publicColumn, SeverityTier breachTier, LocalDate signedOn, Instant signedAt, String signedBy,
			Integer verificationWorkingDays, LocalDate dueOn) {
	}

	/** A fresh number: CN, the signing day and a serial. */
	public String nextNumber(LocalDate day) {
		long serial = this.jdbc.sql("SELECT nextval('commitment_number_seq')").query(Long.class).single();
		return "CN" + day.toString().replace("-", "") + String.format("%06d", serial);
	}

	/** Stores it; empty when the number is taken. */
	public Optional<Long> insert(NewCommitment c) {
		Optional<Long> id = this.jdbc.sql("""
				INSERT INTO commitment (number, template_version, kind, type_name, matter, text, items, digest,
				    subject_id, subject_name, subject_code, subject_is_person, department_code, channel,
				    public_column, breach_tier, signed_on, signed_at, signed_by, verification_working_days, due_on)
				VALUES (:number, :template, :kind, :type, :matter, :text, CAST(:items AS JSONB), :digest, :subject,
				    :subjectName, :subjectCode, :person, :department, :channel, :public, :tier, :signedOn, :signedAt,
				    :signedBy, :days, :dueOn)
				ON CONFLICT (number) DO NOTHING RETURNING id
				""")
			.param("number", c.number())
			.param("template", c.templateVersion())
			.param("kind", c.kind().name())
			.param("type", c.typeName())
			.param("matter", c.matter())
			.param("text", c.text())
			.param("items", this.json.writeValueAsString(c.items()))
			.param("digest", c.digest())
			.param("subject", c.subjectId().value())
			.param("subjectName", c.subjectName())
			.param("subjectCode", c.subjectCode())
			.param("person", c.subjectIsPerson())
			.param("department", c.departmentCode())
			.param("channel", c.channel().name())
			.param("public", c.publicColumn())
			.param("tier", c.breachTier().name())
			.param("signedOn", Date.valueOf(c.signedOn()))
			.param("signedAt", Timestamp.from(c.signedAt()))
			.param("signedBy", c.signedBy())
			.param("days", c.verificationWorkingDays())
			.param("dueOn", (c.dueOn() != null) ? Date.valueOf(c.dueOn()) : null)
			.query(Long.class)
			.optional();
		id.ifPresent(created -> this.tally.signed(c.departmentCode(), c.kind(), c.subjectId()));
		return id;
	}

	/** Commitments awaiting a due day, oldest first. */
	public List<Commitment> deadlinePending(int limit) {
		return this.jdbc.sql(SELECT + """
				 WHERE c.due_on IS NULL AND c.verification_working_days IS NOT NULL AND o.commitment_id IS NULL
				ORDER BY c.id LIMIT :limit
				""").param("limit", limit).query(this::map).list();
	}

	/** Sets the due day once it can be counted; false when it was set already. */
	public boolean setDue(long id, LocalDate due) {
		return this.jdbc.sql("UPDATE commitment SET due_on = :due WHERE id = :id AND due_on IS NULL")
			.param("due", Date.valueOf(due))
			.param("id", id)
			.update() == 1;
	}

	public void noteRecord(long id, long recordId) {
		this.jdbc.sql("UPDATE commitment SET record_id = :record WHERE id = :id")
			.param("record", recordId)
			.param("id", id)
			.update();
	}

	/** Records the finding; false when one was recorded before. */
	public boolean insertOutcome(long id, CommitmentState state, LocalDate foundOn, String evidence, String explanation,
			SeverityTier tier, String by, Instant at) {
		boolean recorded = this.jdbc.sql("""
				INSERT INTO commitment_outcome (commitment_id, outcome, found_on, evidence, explanation, breach_tier,
				    recorded_by, recorded_at)
				VALUES (:id, :outcome, :foundOn, :evidence, :explanation, :tier, :by, :at)
				ON CONFLICT (commitment_id) DO NOTHING
				""")
			.param("id", id)
			.param("outcome", state.name())
			.param("foundOn", Date.valueOf(foundOn))
			.param("evidence", evidence)
			.param("explanation", explanation)
			.param("tier", (tier != null) ? tier.name() : null)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
		if (recorded) {
			String[] of = this.jdbc
				.sql("UPDATE commitment SET settled = true WHERE id = :id RETURNING department_code, kind")
				.param("id", id)
				.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
				.single();
			this.tally.found(of[0], CommitmentKind.valueOf(of[1]), state);
		}
		return recorded;
	}

	public void noteOutcomeRecord(long id, long recordId) {
		this.jdbc.sql("UPDATE commitment_outcome SET record_id = :record WHERE commitment_id = :id")
			.param("record", recordId)
			.param("id", id)
			.update();
	}

	public Optional<Commitment> byNumber(String number) {
		return this.jdbc.sql(SELECT + " WHERE c.number = :number").param("number", number).query(this::map).optional();
	}

	public List<Commitment> ofSubject(SubjectId subject, int limit) {
		return this.jdbc.sql(SELECT + " WHERE c.subject_id = :subject ORDER BY c.id DESC LIMIT :limit")
			.param("subject", subject.value())
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/**
	 * The department's commitments (every department's for {@code null}), newest first,
	 * before the given id; {@code pending} keeps those awaiting a finding.
	 */
	public List<Commitment> ofDepartment(String department, boolean pending, long beforeId, int limit) {
		return this.jdbc.sql(SELECT + """
				 WHERE (CAST(:department AS TEXT) IS NULL OR c.department_code = :department)
				   AND (NOT :pending OR NOT c.settled) AND c.id < :before
				ORDER BY c.id DESC LIMIT :limit
				""")
			.param("department", department)
			.param("pending", pending)
			.param("before", beforeId)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** Unverified commitments past their due date on the day, earliest due first. */
	public List<Commitment> overdue(String department, LocalDate day, int limit) {
		return this.jdbc.sql(SELECT + """
				 WHERE (CAST(:department AS TEXT) IS NULL OR c.department_code = :department)
				   AND c.due_on < :day AND NOT c.settled
				ORDER BY c.due_on, c.id LIMIT :limit
				""")
			.param("department", department)
			.param("day", Date.valueOf(day))
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/**
	 * The subjects' commitments that count for a warning as of the instant: found broken
	 * by then, or due before the day and not verified by then.
	 */
	public PipelinedSql<List<Commitment>> warnable(Collection<SubjectId> subjects, Instant at, LocalDate day) {
		if (subjects.isEmpty()) {
			return PipelinedSql.known(List.of());
		}
		return PipelinedSql.query(SELECT + """
				 WHERE c.subject_id = ANY (:subjects) AND c.signed_at <= :at
				   AND ((o.outcome = 'BROKEN' AND o.recorded_at <= :at)
				        OR (c.due_on < :day AND (o.commitment_id IS NULL OR o.recorded_at > :at)))
				ORDER BY c.subject_id, c.id
				""",
				java.util.Map.of("subjects", subjects.stream().map(SubjectId::value).distinct().toArray(Long[]::new),
						"at", Timestamp.from(at), "day", Date.valueOf(day)),
				new org.springframework.jdbc.core.RowMapperResultSetExtractor<>(this::map));
	}

	Commitment map(ResultSet rs, int row) throws SQLException {
		long template = rs.getLong("template_version");
		Long templateVersion = rs.wasNull() ? null : template;
		String outcome = rs.getString("outcome");
		Commitment.Outcome found = null;
		if (outcome != null) {
			String tier = rs.getString("outcome_tier");
			long record = rs.getLong("outcome_record");
			found = new Commitment.Outcome(CommitmentState.valueOf(outcome), rs.getObject("found_on", LocalDate.class),
					rs.getString("evidence"), rs.getString("explanation"),
					(tier != null) ? SeverityTier.valueOf(tier) : null, rs.wasNull() ? null : record,
					rs.getTimestamp("recorded_at").toInstant());
		}
		long record = rs.getLong("record_id");
		Long recordId = rs.wasNull() ? null : record;
		String department = rs.getString("department_code");
		return new Commitment(rs.getLong("id"), rs.getString("number"), templateVersion, rs.getString("template_code"),
				CommitmentKind.valueOf(rs.getString("kind")), rs.getString("type_name"), rs.getString("matter"),
				rs.getString("text"), this.json.readValue(rs.getString("items"), ITEMS), rs.getString("digest"),
				new SubjectId(rs.getLong("subject_id")), rs.getString("subject_name"), rs.getString("subject_code"),
				rs.getBoolean("subject_is_person"), department, this.names.of(department),
				SigningChannel.valueOf(rs.getString("channel")), rs.getBoolean("public_column"),
				SeverityTier.valueOf(rs.getString("breach_tier")), rs.getObject("signed_on", LocalDate.class),
				rs.getTimestamp("signed_at").toInstant(), rs.getObject("verification_working_days", Integer.class),
				rs.getObject("due_on", LocalDate.class), recordId, found);
	}

}
