package io.gongxin.report;

import java.time.Instant;

import io.gongxin.subject.SubjectId;

/** A report just issued: its number and the signed PDF (kept by the requester only). */
public record IssuedReport(String number, ReportType type, SubjectId subjectId, String subjectName, Instant issuedAt,
		Instant cutoffAt, byte[] pdf, String pdfSm3) {

}
