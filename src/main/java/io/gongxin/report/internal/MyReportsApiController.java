package io.gongxin.report.internal;

import java.util.List;

import io.gongxin.report.ReportSummary;
import io.gongxin.report.Reports;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reports an enterprise user's organisation was issued, as JSON. */
@RestController
class MyReportsApiController {

	private final Reports reports;

	private final OwnOrganisation own;

	MyReportsApiController(Reports reports, OwnOrganisation own) {
		this.reports = reports;
		this.own = own;
	}

	@GetMapping("/api/my/reports")
	@PreAuthorize("hasRole('ENTERPRISE')")
	List<ReportSummary> issued() {
		return this.own.find()
			.map(subject -> this.reports.issuedAbout(subject.id(), MyReportsPageController.HISTORY))
			.orElseGet(List::of);
	}

}
