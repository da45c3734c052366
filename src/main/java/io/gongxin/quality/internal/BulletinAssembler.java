package io.gongxin.quality.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.ingest.Ingestion;
import io.gongxin.ingest.RejectionFinding;
import io.gongxin.ingest.RejectionReason;
import io.gongxin.quality.BulletinContent;
import io.gongxin.quality.BulletinContent.CoverageLine;
import io.gongxin.quality.BulletinContent.DefectLine;
import io.gongxin.quality.BulletinContent.Line;
import io.gongxin.quality.BulletinContent.ReasonLine;
import io.gongxin.quality.CodeDefects;
import io.gongxin.quality.Concealment;
import io.gongxin.quality.ConcealmentEstimate;
import io.gongxin.quality.Coverage;
import io.gongxin.quality.Period;
import io.gongxin.quality.ProviderFigures;
import io.gongxin.quality.QualityMetrics;
import io.gongxin.quality.QualityTargets;
import io.gongxin.quality.Rate;
import io.gongxin.quality.RuleCount;
import io.gongxin.quality.RuleLabels;

import org.springframework.stereotype.Component;

/**
 * Puts a bulletin together. Ranking: providers that reported, by 合规率, then 及时率 (higher
 * first; an undefined rate last), then by rows received and code; providers that sent
 * nothing come last.
 */
@Component
public class BulletinAssembler {

	static final int REASONS = 5;

	static final int EXAMPLES = 3;

	private final QualityMetrics metrics;

	private final Concealment concealment;

	private final IdentifierGovernance identifiers;

	private final Ingestion ingestion;

	private final QualityTargets targets;

	private final QualityNames names;

	private final Clock clock;

	BulletinAssembler(QualityMetrics metrics, Concealment concealment, IdentifierGovernance identifiers,
			Ingestion ingestion, QualityTargets targets, QualityNames names, Clock clock) {
		this.names = names;
		this.metrics = metrics;
		this.concealment = concealment;
		this.identifiers = identifiers;
		this.ingestion = ingestion;
		this.targets = targets;
		this.clock = clock;
	}

	public BulletinContent assemble(Period period) {
		Period previous = period.previous();
		Map<String, ProviderFigures> before = new HashMap<>();
		this.metrics.byProvider(previous, null, null).forEach(f -> before.put(f.key(), f));
		Map<String, Long> missing = this.concealment.missingNumbers(period);
		List<ProviderFigures> current = new ArrayList<>(this.metrics.byProvider(period, null, null));
		current.sort(RANKING);
		List<Line> ranking = new ArrayList<>();
		Map<String, ConcealmentEstimate> estimates = this.concealment.estimates(period);
		for (ProviderFigures figures : current) {
			Optional<ConcealmentEstimate> estimate = Optional.ofNullable(estimates.get(figures.key()));
			ranking.add(line(ranking.size() + 1, figures, before.get(figures.key()), estimate,
					missing.getOrDefault(figures.key(), 0L)));
		}
		ProviderFigures all = this.metrics.overall(period);
		Optional<ConcealmentEstimate> allSamples = this.concealment.estimate(null, period);
		Line overall = line(0, all, this.metrics.overall(previous), allSamples,
				missing.values().stream().mapToLong(Long::longValue).sum());
		Map<String, String> categories = this.names.categories();
		List<CoverageLine> coverage = this.metrics.coverage(period)
			.stream()
			.map(c -> new CoverageLine(c.categoryCode(), categories.getOrDefault(c.categoryCode(), c.categoryCode()),
					c.obliged().size(), c.reporting().size(), c.rate().percent(), c.silent(),
					this.names.providers(c.silent())))
			.toList();
		CodeDefects defects = this.identifiers.defects();
		DefectLine defectLine = new DefectLine(defects.codes(), defects.duplicates(), defects.invalid(),
				defects.corrected(), percent(defects.defectRate(), 3), percent(defects.correctionRate(), 2),
				defects.source());
		return new BulletinContent(period.label(), period.from(), period.to(), previous.label(),
				this.targets.compliance(), this.targets.timeliness(), overall, ranking, coverage,
				reasons(period, current), defectLine, this.clock.instant());
	}

	private Line line(int rank, ProviderFigures figures, ProviderFigures previous,
			Optional<ConcealmentEstimate> estimate, long missingNumbers) {
		Rate compliance = figures.compliance();
		Rate timeliness = figures.timeliness();
		String regionName = (figures.region() != null) ? this.names.region(figures.region()) : null;
		return new Line(rank, figures.key(), figures.name(), figures.region(), regionName, figures.received(),
				figures.compliant(), figures.rejected(), figures.resubmitted(), figures.corrected(), figures.stored(),
				figures.late(), compliance.percent(), timeliness.percent(), figures.lateness().percent(),
				trend(compliance, (previous != null) ? previous.compliance() : null),
				trend(timeliness, (previous != null) ? previous.timeliness() : null),
				estimate.map(ConcealmentEstimate::checked).orElse(0L),
				estimate.map(ConcealmentEstimate::unreported).orElse(0L),
				estimate.map(ConcealmentEstimate::ratePercent).orElse(null), missingNumbers, figures.reported(),
				compliance.defined() && !compliance.reaches(this.targets.compliance()),
				timeliness.defined() && !timeliness.reaches(this.targets.timeliness()),
				estimate.map(e -> !e.zero()).orElse(false));
	}

	private List<ReasonLine> reasons(Period period, List<ProviderFigures> providers) {
		List<RuleCount> top = this.metrics.topRejectionRules(period, null, REASONS);
		Map<String, List<String>> examples = new LinkedHashMap<>();
		top.forEach(rule -> examples.put(rule.rule(), new ArrayList<>()));
		for (ProviderFigures provider : providers.stream().filter(p -> p.rejected() > 0).limit(50).toList()) {
			for (RejectionFinding row : this.ingestion.openRejectionFindings(provider.key(), 0, 100)) {
				for (RejectionReason reason : row.reasons()) {
					List<String> list = examples.get(reason.rule());
					if (list != null && list.size() < EXAMPLES) {
						// no values: a published bulletin must not carry personal data
						list.add(provider.name() + "：" + reason.message()
								+ ((reason.field() != null) ? "（" + reason.field() + "）" : ""));
					}
				}
			}
		}
		return top.stream()
			.map(rule -> new ReasonLine(rule.rule(), RuleLabels.label(rule.rule()), rule.count(),
					examples.get(rule.rule())))
			.toList();
	}

	static final Comparator<ProviderFigures> RANKING = Comparator.comparing((ProviderFigures f) -> !f.reported())
		.thenComparing(f -> ratio(f.compliance()), Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(f -> ratio(f.timeliness()), Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(ProviderFigures::received, Comparator.reverseOrder())
		.thenComparing(ProviderFigures::key);

	private static Double ratio(Rate rate) {
		return rate.defined() ? (double) rate.numerator() / rate.denominator() : null;
	}

	private static BigDecimal trend(Rate now, Rate before) {
		if (before == null || !now.defined() || !before.defined()) {
			return null;
		}
		return now.percent().subtract(before.percent());
	}

	private static BigDecimal percent(Rate rate, int scale) {
		if (!rate.defined()) {
			return null;
		}
		return BigDecimal.valueOf(rate.numerator() * 100)
			.divide(BigDecimal.valueOf(rate.denominator()), scale, java.math.RoundingMode.HALF_UP);
	}

}
