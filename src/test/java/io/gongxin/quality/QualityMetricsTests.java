package io.gongxin.quality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import io.gongxin.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QualityMetricsTests {

	// batches of one day: 10 rows (8 new, 2 rejected); 5 rows (3 new, 1 identical
	// re-submission,
	// 1 correction), 1 of the stored rows late
	static final ProviderFigures DAY = new ProviderFigures("GZ-A", "甲局", "440100", 2, 1, 15, 13, 11, 2, 1, 1, 0, 12, 1);

	@Test
	void complianceCountsOnlyFirstSubmissions() {
		// 11 new records of 13 first submissions; the re-submission and the correction
		// are apart
		assertThat(DAY.compliance()).isEqualTo(new Rate(11, 13));
		assertThat(DAY.compliance().percent()).isEqualByComparingTo("84.62");
	}

	@Test
	void timelinessIsMeasuredOnStoredRows() {
		assertThat(DAY.timeliness()).isEqualTo(new Rate(11, 12));
		assertThat(DAY.timeliness().percent()).isEqualByComparingTo("91.67");
		assertThat(DAY.lateness().percent()).isEqualByComparingTo("8.33");
	}

	@Test
	void aProviderThatOnlyResubmittedStillReported() {
		ProviderFigures resubmissionsOnly = new ProviderFigures("GZ-B", "乙局", "440100", 1, 0, 3, 0, 0, 0, 3, 0, 0, 0,
				0);
		assertThat(resubmissionsOnly.reported()).isTrue();
		assertThat(resubmissionsOnly.compliance().defined()).isFalse();
		assertThat(resubmissionsOnly.compliance().percent()).isNull();
		assertThat(ProviderFigures.empty("GZ-C", "丙局", null).reported()).isFalse();
	}

	@Test
	void targetsAreComparedOnTheExactRatioNotTheRoundedPercentage() {
		assertThat(new Rate(99, 100).reaches(new BigDecimal("99"))).isTrue();
		// 98.995 % rounds to 99.00 but misses the target
		assertThat(new Rate(19799, 20000).percent()).isEqualByComparingTo("99.00");
		assertThat(new Rate(19799, 20000).reaches(new BigDecimal("99"))).isFalse();
		assertThat(new Rate(0, 0).reaches(BigDecimal.ZERO)).isFalse();
	}

	@Test
	void coverageCountsObligedProvidersWithRecords() {
		Coverage coverage = new Coverage("XZCF", java.util.List.of("A", "B", "C", "D"), java.util.List.of("A", "C"));
		assertThat(coverage.rate().percent()).isEqualByComparingTo("50.00");
		assertThat(coverage.silent()).containsExactly("B", "D");
	}

	@Test
	void periodsRollUpMonthsQuartersAndYears() {
		assertThat(Period.month(YearMonth.of(2026, 2)).to()).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(Period.quarter(2026, 4).from()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(Period.quarter(2026, 4).label()).isEqualTo("2026年第4季度");
		assertThat(Period.month(YearMonth.of(2026, 1)).previous()).isEqualTo(Period.month(YearMonth.of(2025, 12)));
		assertThat(Period.quarter(2026, 1).previous().from()).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(Period.custom(LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 19)).previous())
			.isEqualTo(Period.custom(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 9)));
	}

	@Test
	void periodParametersThatMakeNoSenseAreRefusedWithACode() {
		LocalDate today = LocalDate.of(2026, 11, 25);
		assertThat(Period.parse(null, null, null, null, null, today)).isEqualTo(Period.month(YearMonth.of(2026, 11)));
		assertThat(Period.parse(null, "2026-Q3", null, null, null, today)).isEqualTo(Period.quarter(2026, 3));
		assertThatThrownBy(() -> Period.parse("2026-13", null, null, null, null, today))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("GX-QLT-001"));
		assertThatThrownBy(() -> Period.custom(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
			.isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> Period.custom(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31)))
			.isInstanceOf(DomainException.class);
	}

}
