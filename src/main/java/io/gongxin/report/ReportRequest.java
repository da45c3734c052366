package io.gongxin.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.SubjectId;

/**
 * What an officer asks to issue.
 *
 * @param domains codes of the chosen domains (无违法违规证明版 only)
 * @param from first day of the period (无违法违规证明版 only; default three years back)
 * @param to last day of the period (default the day of issue)
 * @param authorisationRef the person's recorded authorisation (个人报告 only), e.g. the
 * number of a signed authorisation form kept on file
 * @param channel how the request reached the office, printed on the report
 */
public record ReportRequest(ReportType type, SubjectId subjectId, List<String> domains, LocalDate from, LocalDate to,
		String authorisationRef, String channel) {

	public ReportRequest {
		if (type == null || subjectId == null) {
			throw new DomainException("GX-RPT-001", ProblemKind.BAD_REQUEST, "A report needs a type and a subject.");
		}
		domains = (domains == null) ? List.of()
				: List.copyOf(domains.stream().filter(Objects::nonNull).distinct().toList());
		if (type == ReportType.NO_VIOLATION && domains.isEmpty()) {
			throw new DomainException("GX-RPT-002", ProblemKind.BAD_REQUEST,
					"A 无违法违规证明版 report covers at least one domain.");
		}
		if (type == ReportType.PERSON && (authorisationRef == null || authorisationRef.isBlank())) {
			throw new DomainException("GX-RPT-003", ProblemKind.FORBIDDEN,
					"A person's report is issued only with the person's recorded authorisation.");
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new DomainException("GX-RPT-004", ProblemKind.BAD_REQUEST, "The period ends before it starts.");
		}
		if (authorisationRef != null && authorisationRef.length() > 100) {
			throw new DomainException("GX-RPT-005", ProblemKind.BAD_REQUEST,
					"The authorisation reference is too long.");
		}
		channel = (channel == null || channel.isBlank()) ? "窗口受理，由信用工作人员出具" : channel.strip();
	}

	public static ReportRequest organisation(SubjectId subject) {
		return new ReportRequest(ReportType.ORGANISATION, subject, null, null, null, null, null);
	}

	public static ReportRequest person(SubjectId subject, String authorisationRef) {
		return new ReportRequest(ReportType.PERSON, subject, null, null, null, authorisationRef, null);
	}

	/** The free 公示版 a visitor downloads from the portal. */
	public static ReportRequest publicVersion(SubjectId subject) {
		return new ReportRequest(ReportType.PUBLIC, subject, null, null, null, null, "信用门户免费下载");
	}

	public static ReportRequest noViolation(SubjectId subject, List<String> domains, LocalDate from, LocalDate to) {
		return new ReportRequest(ReportType.NO_VIOLATION, subject, domains, from, to, null, null);
	}

}
