package io.gongxin.report.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.gongxin.report.ReportSummary;
import io.gongxin.report.ReportType;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ReportStore {

	/** The stored verification record of one report. */
	public record Issued(String number, ReportType type, SubjectId subjectId, String subjectName, String subjectKey,
			List<String> domains, LocalDate periodFrom, LocalDate periodTo, Instant issuedAt, Instant cutoffAt,
			String issuedBy, String authorisationRef, String channel, String publicDigest, String pdfSm3,
			String sm2PublicKey, String sm2Signature) {

		public Issued sealedWith(String signature) {
			return new Issued(this.number, this.type, this.subjectId, this.subjectName, this.subjectKey, this.domains,
					this.periodFrom, this.periodTo, this.issuedAt, this.cutoffAt, this.issuedBy, this.authorisationRef,
					this.channel, this.publicDigest, this.pdfSm3, this.sm2PublicKey, signature);
		}

		/** The text the SM2 seal covers. */
		public String sealedText() {
			return String.join("|", this.number, this.type.name(), String.valueOf(this.subjectId.value()),
					this.subjectName, String.valueOf(this.issuedAt.toEpochMilli()),
					String.valueOf(this.cutoffAt.toEpochMilli()), String.join(",", this.domains),
					String.valueOf(this.periodFrom), String.valueOf(this.periodTo), this.publicDigest, this.pdfSm3);
		}

	}

	private final JdbcClient jdbc;

	ReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Returns false if the number is already taken. */
	public boolean insert(Issued r) {
		return this.jdbc.sql("""
				INSERT INTO report_issued (number, report_type, subject_id, subject_name, subject_key, domains,
				    period_from, period_to, issued_at, cutoff_at, issued_by, authorisation_ref, channel,
				    public_digest, pdf_sm3, sm2_public_key, sm2_signature)
				VALUES (:number, :type, :subject, :name, :key, :domains, :from, :to, :issued, :cutoff, :by, :auth,
				    :channel, :digest, :sm3, :pub, :sig)
				ON CONFLICT (number) DO NOTHING""")
			.param("number", r.number())
			.param("type", r.type().name())
			.param("subject", r.subjectId().value())
			.param("name", r.subjectName())
			.param("key", r.subjectKey())
			.param("domains", r.domains().toArray(String[]::new))
			.param("from", r.periodFrom())
			.param("to", r.periodTo())
			.param("issued", Timestamp.from(r.issuedAt()))
			.param("cutoff", Timestamp.from(r.cutoffAt()))
			.param("by", r.issuedBy())
			.param("auth", r.authorisationRef())
			.param("channel", r.channel())
			.param("digest", r.publicDigest())
			.param("sm3", r.pdfSm3())
			.param("pub", r.sm2PublicKey())
			.param("sig", r.sm2Signature())
			.update() == 1;
	}

	public Optional<Issued> find(String number) {
		return this.jdbc.sql("SELECT * FROM report_issued WHERE number = :number")
			.param("number", number)
			.query((rs, i) -> new Issued(rs.getString("number"), ReportType.valueOf(rs.getString("report_type")),
					new SubjectId(rs.getLong("subject_id")), rs.getString("subject_name"), rs.getString("subject_key"),
					strings(rs.getArray("domains")), rs.getObject("period_from", LocalDate.class),
					rs.getObject("period_to", LocalDate.class), rs.getTimestamp("issued_at").toInstant(),
					rs.getTimestamp("cutoff_at").toInstant(), rs.getString("issued_by"),
					rs.getString("authorisation_ref"), rs.getString("channel"), rs.getString("public_digest"),
					rs.getString("pdf_sm3"), rs.getString("sm2_public_key"), rs.getString("sm2_signature")))
			.optional();
	}

	/** The reports issued about a subject, newest first. */
	public List<ReportSummary> issuedAbout(SubjectId subject, int limit) {
		return this.jdbc.sql("""
				SELECT number, report_type, issued_at, domains, period_from, period_to, channel FROM report_issued
				WHERE subject_id = :subject ORDER BY issued_at DESC, number DESC LIMIT :limit""")
			.param("subject", subject.value())
			.param("limit", limit)
			.query((rs, i) -> new ReportSummary(rs.getString("number"), ReportType.valueOf(rs.getString("report_type")),
					rs.getTimestamp("issued_at").toInstant(), strings(rs.getArray("domains")),
					rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
					rs.getString("channel")))
			.list();
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array == null) ? List.of() : Arrays.asList((String[]) array.getArray());
	}

}
