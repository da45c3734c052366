package io.gongxin.report.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.platform.ActingUser;
import io.gongxin.report.CheckDomain;
import io.gongxin.report.IssuedReport;
import io.gongxin.report.ReportRequest;
import io.gongxin.report.ReportType;
import io.gongxin.report.ReportVerification;
import io.gongxin.report.Reports;
import io.gongxin.subject.SubjectId;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Officers issue reports on request (window service or on behalf of an enterprise); the
 * public can list the domains and check a report number.
 */
@RestController
class ReportController {

	/** What an officer submits; unknown fields are refused by the record's validation. */
	record IssueBody(ReportType type, Long subjectId, List<String> domains, LocalDate from, LocalDate to,
			String authorisationRef, String channel) {

		ReportRequest toRequest() {
			return new ReportRequest(this.type, (this.subjectId != null) ? new SubjectId(this.subjectId) : null,
					this.domains, this.from, this.to, this.authorisationRef, this.channel);
		}

	}

	private final Reports reports;

	ReportController(Reports reports) {
		this.reports = reports;
	}

	@PostMapping(path = "/api/reports", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	ResponseEntity<byte[]> issue(@RequestBody IssueBody body) {
		String by = ActingUser.currentName();
		IssuedReport report = this.reports.issue(body.toRequest(), by);
		return PdfDownload.of(report);
	}

	@PostMapping(path = "/api/reports/preview", produces = MediaType.TEXT_HTML_VALUE)
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	String preview(@RequestBody IssueBody body) {
		return this.reports.preview(body.toRequest());
	}

	@GetMapping("/api/public/report-domains")
	@PreAuthorize("permitAll()")
	List<CheckDomain> domains() {
		return this.reports.domains();
	}

	@GetMapping("/api/public/reports/{number}")
	@PreAuthorize("permitAll()")
	ReportVerification verify(@PathVariable String number) {
		return this.reports.verify(number);
	}

}
