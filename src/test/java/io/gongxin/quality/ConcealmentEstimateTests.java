package io.gongxin.quality;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConcealmentEstimateTests {

	@Test
	void fiveUnreportedOfAHundredGivesTheTextbookWilsonInterval() {
		ConcealmentEstimate estimate = ConcealmentEstimate.of(100, 5);
		assertThat(estimate.ratePercent()).isEqualByComparingTo("5.00");
		assertThat(estimate.lowerPercent()).isEqualByComparingTo("2.15");
		assertThat(estimate.upperPercent()).isEqualByComparingTo("11.18");
		assertThat(estimate.zero()).isFalse();
	}

	@Test
	void noneFoundInASmallSampleStillLeavesRoomForConcealment() {
		ConcealmentEstimate estimate = ConcealmentEstimate.of(10, 0);
		assertThat(estimate.zero()).isTrue();
		assertThat(estimate.lowerPercent()).isEqualByComparingTo("0.00");
		assertThat(estimate.upperPercent()).isEqualByComparingTo("27.75");
	}

	@Test
	void theIntervalStaysWithinZeroAndOneHundredPercent() {
		ConcealmentEstimate all = ConcealmentEstimate.of(20, 20);
		assertThat(all.lowerPercent()).isEqualByComparingTo("83.89");
		assertThat(all.upperPercent()).isEqualByComparingTo("100.00");
		assertThat(ConcealmentEstimate.of(50, 3).upperPercent()).isEqualByComparingTo("16.22");
	}

	@Test
	void impossibleSamplesAreRefused() {
		assertThatThrownBy(() -> ConcealmentEstimate.of(0, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ConcealmentEstimate.of(5, 6)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aGapCountsItsMissingNumbers() {
		NumberGap gap = new NumberGap("GZ-SCJGJ", "穗市监罚", 2024, 124, 126);
		assertThat(gap.missing()).isEqualTo(3);
		assertThat(gap.firstMissing()).isEqualTo("穗市监罚〔2024〕124号");
	}

}
