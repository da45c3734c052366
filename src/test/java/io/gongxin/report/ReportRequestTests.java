package io.gongxin.report;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportRequestTests {

	static final SubjectId SUBJECT = new SubjectId(7);

	@Test
	void aPersonsReportWithoutAuthorisationIsRefused() {
		assertThatThrownBy(() -> ReportRequest.person(SUBJECT, " ")).isInstanceOf(DomainException.class)
			.hasMessageContaining("authorisation");
	}

	@Test
	void aNoViolationReportNeedsADomainAndAPeriodInOrder() {
		assertThatThrownBy(() -> ReportRequest.noViolation(SUBJECT, List.of(), null, null))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> ReportRequest.noViolation(SUBJECT, List.of("SCJG"), LocalDate.of(2026, 2, 1),
				LocalDate.of(2026, 1, 1)))
			.isInstanceOf(DomainException.class);
		assertThat(ReportRequest.noViolation(SUBJECT, List.of("SCJG", "SCJG"), null, null).domains())
			.containsExactly("SCJG");
	}

	@Test
	void personReportsAreForPersonsAndTheOthersForOrganisations() {
		assertThat(ReportType.PERSON.fits(SubjectType.NATURAL_PERSON)).isTrue();
		assertThat(ReportType.PERSON.fits(SubjectType.ENTERPRISE)).isFalse();
		assertThat(ReportType.NO_VIOLATION.fits(SubjectType.INDIVIDUAL_BUSINESS)).isTrue();
		assertThat(ReportType.ORGANISATION.fits(SubjectType.NATURAL_PERSON)).isFalse();
	}

	@Test
	void theChannelDefaultsToAnOfficerIssuingOnRequest() {
		assertThat(ReportRequest.organisation(SUBJECT).channel()).contains("信用工作人员");
	}

}
