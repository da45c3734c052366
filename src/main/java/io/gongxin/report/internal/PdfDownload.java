package io.gongxin.report.internal;

import io.gongxin.report.IssuedReport;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** An issued report as a PDF download, with its number in a header for clients. */
final class PdfDownload {

	private PdfDownload() {
	}

	static ResponseEntity<byte[]> of(IssuedReport report) {
		return ResponseEntity.ok()
			.header("X-Report-Number", report.number())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("report-" + report.number() + ".pdf").build().toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(report.pdf());
	}

}
