package io.gongxin.quality.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.gongxin.quality.CodeDefects;
import io.gongxin.quality.ConcealmentEstimate;
import io.gongxin.quality.Coverage;
import io.gongxin.quality.Period;
import io.gongxin.quality.QualityTargets;
import io.gongxin.quality.RuleCount;
import io.gongxin.quality.RuleLabels;
import io.gongxin.quality.SampleCheck;

/** The JSON bodies of the quality API, one record each. */
final class QualityViews {

	private QualityViews() {
	}

	/** Figures of all providers, and of each, for a period. */
	record Metrics(Period period, QualityTargets targets, FiguresView overall, List<FiguresView> providers) {
	}

	/** Everything the quality dashboard draws, for a period. */
	record Dashboard(Period period, QualityTargets targets, FiguresView overall, List<FiguresView> days,
			List<FiguresView> regions, List<FiguresView> providers, List<RuleLine> rules, List<CoverageLine> coverage) {
	}

	/** One provider's figures, with what it should do about them. */
	record ProviderMetrics(String provider, Period period, QualityTargets targets, FiguresView figures,
			List<FiguresView> categories, List<FiguresView> days, List<RuleLine> rules, long openProblems,
			List<String> advice) {
	}

	/**
	 * How many obliged providers report a category; the codes for links, the names for
	 * charts and tables.
	 */
	record CoverageLine(String category, String categoryName, int obliged, int reporting, BigDecimal rate,
			List<String> silent, List<String> silentNames) {

		static List<CoverageLine> of(List<Coverage> coverage, QualityNames names) {
			Map<String, String> categories = names.categories();
			return coverage.stream()
				.map(c -> new CoverageLine(c.categoryCode(),
						categories.getOrDefault(c.categoryCode(), c.categoryCode()), c.obliged().size(),
						c.reporting().size(), c.rate().percent(), c.silent(), names.providers(c.silent())))
				.toList();
		}

	}

	/** A rejection rule, named in Chinese, with how often it struck. */
	record RuleLine(String rule, String label, long count) {

		static List<RuleLine> of(List<RuleCount> rules) {
			return rules.stream()
				.map(rule -> new RuleLine(rule.rule(), RuleLabels.label(rule.rule()), rule.count()))
				.toList();
		}

	}

	/** A sampling check and the concealment it suggests. */
	record Sample(SampleCheck sample, ConcealmentEstimate estimate) {

		static Sample of(SampleCheck sample) {
			return new Sample(sample, sample.estimate());
		}

	}

	/** The sampling checks of a period and the estimate over all of them. */
	record Samples(List<Sample> samples, ConcealmentEstimate estimate) {
	}

	/** Defects of the identifier register, with their rates. */
	record Defects(CodeDefects figures, BigDecimal defectRate, BigDecimal correctionRate) {
	}

}
