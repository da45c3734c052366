package io.gongxin.quality.internal;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.gongxin.quality.CodeDefects;
import io.gongxin.quality.ProviderFigures;
import io.gongxin.quality.QualityTargets;
import io.gongxin.quality.Rate;

import static org.assertj.core.api.Assertions.assertThat;

class ProviderAdviceTests {

	@Test
	void ninetyGoodRowsMoreLiftNineOfTenToNinetyNinePercent() {
		// (9 + 90) / (10 + 90) = 99 %
		assertThat(ProviderAdvice.needed(new Rate(9, 10), new BigDecimal("99"))).isEqualTo(90);
		assertThat(ProviderAdvice.needed(new Rate(97, 100), new BigDecimal("97"))).isZero();
		assertThat(ProviderAdvice.needed(new Rate(7, 9), new BigDecimal("97"))).isEqualTo(58);
	}

	@Test
	void aHundredPercentTargetCannotBeReachedByAddingRows() {
		assertThat(ProviderAdvice.needed(new Rate(9, 10), new BigDecimal("100"))).isNegative();
		QualityTargets strict = new QualityTargets(new BigDecimal("100"), new BigDecimal("100"), 5, "");
		ProviderFigures figures = new ProviderFigures("GZ-B", "乙局", null, 1, 0, 10, 10, 9, 1, 0, 0, 0, 9, 0);
		assertThat(ProviderAdvice.advise(figures, strict, 1)).anySatisfy(a -> assertThat(a).contains("已无法通过新增数据达标"));
	}

	@Test
	void aProviderOnTargetIsToldSo() {
		ProviderFigures figures = new ProviderFigures("GZ-A", "甲局", null, 1, 0, 10, 10, 10, 0, 0, 0, 0, 10, 0);
		assertThat(ProviderAdvice.advise(figures, QualityTargets.defaults(), 0)).containsExactly("本期各项指标均已达标。");
	}

	@Test
	void defectAndCorrectionRatesFollowTheirDefinitions() {
		// 200 000 codes, 6 duplicates and 4 invalid: 0.005 %; 10 corrected of 20
		CodeDefects defects = new CodeDefects(200_000, 6, 4, 10, "test");
		assertThat(defects.defectRate()).isEqualTo(new Rate(10, 200_000));
		assertThat(defects.defectRate().reaches(new BigDecimal("0.005"))).isTrue();
		assertThat(defects.correctionRate().percent()).isEqualByComparingTo("50.00");
	}

}
