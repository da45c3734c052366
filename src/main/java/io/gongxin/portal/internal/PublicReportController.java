package io.gongxin.portal.internal;

import java.nio.charset.StandardCharsets;

import io.gongxin.platform.ActingUser;
import io.gongxin.report.IssuedReport;
import io.gongxin.report.ReportRequest;
import io.gongxin.report.Reports;
import io.gongxin.subject.SubjectId;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The free 公共信用信息报告（公示版） of an organisation, as anyone downloads it from its page: what
 * the portal shows, signed and numbered like every report, so it verifies on the
 * verification page. Each download is issued, recorded and audited by the report
 * capability; {@link RateLimitFilter} limits downloads per client address.
 */
@Controller
class PublicReportController {

	private final PortalQueries queries;

	private final Reports reports;

	PublicReportController(PortalQueries queries, Reports reports) {
		this.queries = queries;
		this.reports = reports;
	}

	static boolean isReportPath(String path) {
		return path.startsWith("/portal/subjects/") && path.endsWith("/report.pdf");
	}

	@GetMapping("/portal/subjects/{id}/report.pdf")
	@PreAuthorize("permitAll()")
	ResponseEntity<byte[]> report(@PathVariable long id) {
		// persons have no public page, hence no public report: the same 404 as their page
		PublicSubject subject = this.queries.subject(id);
		IssuedReport report = this.reports.issue(ReportRequest.publicVersion(new SubjectId(id)),
				ActingUser.currentName());
		return ResponseEntity.ok()
			.header("X-Report-Number", report.number())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename("公共信用信息报告（公示版）-" + subject.name() + "-" + report.number() + ".pdf", StandardCharsets.UTF_8)
				.build()
				.toString())
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_PDF)
			.body(report.pdf());
	}

}
