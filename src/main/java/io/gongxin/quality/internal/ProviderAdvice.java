package io.gongxin.quality.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.gongxin.quality.ProviderFigures;
import io.gongxin.quality.QualityTargets;
import io.gongxin.quality.Rate;

/**
 * What a provider must fix to reach the targets, in Chinese, for its own view.
 */
final class ProviderAdvice {

	private ProviderAdvice() {
	}

	static List<String> advise(ProviderFigures figures, QualityTargets targets, long openProblems) {
		List<String> advice = new ArrayList<>();
		if (!figures.reported()) {
			advice.add("本期尚无报送记录：请按报送义务报送本期作出的行政许可、行政处罚决定。");
		}
		Rate compliance = figures.compliance();
		if (compliance.defined() && !compliance.reaches(targets.compliance())) {
			advice.add("合规率 " + compliance.percent() + "% 低于目标 " + targets.compliance() + "%："
					+ more(needed(compliance, targets.compliance()), "条首次报送合规的数据") + "；请改正问题数据后重新报送。");
		}
		Rate timeliness = figures.timeliness();
		if (timeliness.defined() && !timeliness.reaches(targets.timeliness())) {
			advice.add("及时率 " + timeliness.percent() + "% 低于目标 " + targets.timeliness() + "%："
					+ more(needed(timeliness, targets.timeliness()), "条按时报送的数据") + "；决定作出后7个工作日内报送。");
		}
		if (openProblems > 0) {
			advice.add("有 " + openProblems + " 条问题数据尚未改正。");
		}
		if (advice.isEmpty()) {
			advice.add("本期各项指标均已达标。");
		}
		return advice;
	}

	private static String more(long rows, String what) {
		return (rows < 0) ? "目标为100%，本期已无法通过新增数据达标" : "本期还需至少 " + rows + " " + what + "才能达标";
	}

	/**
	 * How many more good rows (adding to numerator and denominator) lift the rate to the
	 * target: the least x with (n + x) ≥ t·(d + x), i.e. x ≥ (t·d − n) ÷ (1 − t).
	 */
	static long needed(Rate rate, BigDecimal targetPercent) {
		BigDecimal t = targetPercent.divide(BigDecimal.valueOf(100), 10, RoundingMode.HALF_UP);
		if (t.compareTo(BigDecimal.ONE) >= 0) {
			return -1;
		}
		BigDecimal gap = t.multiply(BigDecimal.valueOf(rate.denominator()))
			.subtract(BigDecimal.valueOf(rate.numerator()));
		return Math.max(0, gap.divide(BigDecimal.ONE.subtract(t), 0, RoundingMode.CEILING).longValue());
	}

}
