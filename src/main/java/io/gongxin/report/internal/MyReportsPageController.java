package io.gongxin.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.report.IssuedReport;
import io.gongxin.report.ReportRequest;
import io.gongxin.report.ReportType;
import io.gongxin.report.Reports;
import io.gongxin.subject.Subject;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Enterprise self-service (法人用户自助打印): the signed-in enterprise user chooses the report
 * and prints it for its own organisation only. The subject comes from the account's
 * binding, never from the form.
 */
@Controller
class MyReportsPageController {

	static final int HISTORY = 50;

	private final Reports reports;

	private final OwnOrganisation own;

	private final Clock clock;

	private final ZoneId zone;

	MyReportsPageController(Reports reports, OwnOrganisation own, Clock clock,
			@Value("${gongxin.time-zone:Asia/Shanghai}") ZoneId zone) {
		this.reports = reports;
		this.own = own;
		this.clock = clock;
		this.zone = zone;
	}

	/** The refusals a person can fix on the form, by code: the field they belong to. */
	private static final Map<String, String> FORM_MISTAKES = Map.of("GX-RPT-002", "domainsError", "GX-RPT-006",
			"domainsError", "GX-RPT-004", "periodError", "GX-RPT-009", "periodError");

	private static final Map<String, String> MISTAKE_TEXT = Map.of("GX-RPT-002", "请至少选择一个查询领域。", "GX-RPT-006",
			"所选领域不存在，请重新选择。", "GX-RPT-004", "查询期间的结束日期早于开始日期，请调整。", "GX-RPT-009", "查询期间不能晚于今天，请调整。");

	@GetMapping("/my/reports")
	@PreAuthorize("hasRole('ENTERPRISE')")
	String page(Model model) {
		ActingUser actor = this.own.actor();
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		model.addAttribute("uscc", actor.organisationUscc());
		model.addAttribute("domains", this.reports.domains());
		model.addAttribute("defaultFrom", today.minusYears(3).plusDays(1));
		model.addAttribute("defaultTo", today);
		this.own.find().ifPresentOrElse(subject -> {
			model.addAttribute("organisation", subject);
			model.addAttribute("history", this.reports.issuedAbout(subject.id(), HISTORY));
		}, () -> model.addAttribute("history", List.of()));
		return "report/my-reports";
	}

	/**
	 * Issues and downloads the signed PDF. A {@code subjectId} other than the user's own
	 * organisation is refused (GX-RPT-011), so a forged form cannot print anyone else's
	 * report.
	 */
	@PostMapping("/my/reports")
	@PreAuthorize("hasRole('ENTERPRISE')")
	Object print(@RequestParam ReportType type, @RequestParam(name = "domains", required = false) List<String> domains,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long subjectId, Model model) {
		ActingUser actor = this.own.actor();
		Subject subject = this.own.require();
		if (subjectId != null && subjectId != subject.id().value()) {
			throw new DomainException("GX-RPT-011", ProblemKind.FORBIDDEN,
					"An enterprise user prints only its own organisation's reports.",
					Map.of("subjectId", String.valueOf(subjectId)));
		}
		if (type != ReportType.NO_VIOLATION && type != ReportType.ORGANISATION) {
			throw new DomainException("GX-RPT-012", ProblemKind.BAD_REQUEST,
					"Enterprise users print the organisation report or the 无违法违规证明版.");
		}
		try {
			ReportRequest request = new ReportRequest(type, subject.id(),
					(type == ReportType.NO_VIOLATION) ? domains : null, (type == ReportType.NO_VIOLATION) ? from : null,
					(type == ReportType.NO_VIOLATION) ? to : null, null, "法人用户在线自助打印（" + actor.name() + "）");
			IssuedReport report = this.reports.issue(request, actor.name());
			return PdfDownload.of(report);
		}
		catch (DomainException ex) {
			// a form mistake: the same page again, the choices kept, the mistake
			// named next to its field
			String field = FORM_MISTAKES.get(ex.code());
			if (field == null) {
				throw ex;
			}
			model.addAttribute(field, MISTAKE_TEXT.get(ex.code()));
			model.addAttribute("chosenDomains", (domains == null) ? List.of() : domains);
			model.addAttribute("chosenFrom", from);
			model.addAttribute("chosenTo", to);
			page(model);
			return new org.springframework.web.servlet.ModelAndView("report/my-reports", model.asMap(),
					org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT);
		}
	}

}
