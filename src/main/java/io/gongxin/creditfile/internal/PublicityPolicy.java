package io.gongxin.creditfile.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.gongxin.ingest.CreditRecord;
import io.gongxin.catalog.Nature;
import io.gongxin.catalog.PublicityRule;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.catalog.TierPublicity;
import io.gongxin.creditfile.Publicity;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.ingest.CreditRecord;

/**
 * Decides whether and how long a credit-file item is published. In order:
 * <ol>
 * <li>a revoked or superseded record is not published, whatever its periods;</li>
 * <li>a category the catalog does not disclose actively is not published;</li>
 * <li>the regime in force on the decision date sets the tier's periods for the categories
 * it covers (e.g. 行政处罚); otherwise the catalog's own tier periods apply; otherwise the
 * item is published while it is valid (有效期至), or open-ended;</li>
 * <li>a tier that is not published (轻微 under the 2026 办法) is not published;</li>
 * <li>the record's own 公示截止期 and the local cap for negative information shorten the
 * period, never lengthen it;</li>
 * <li>an item whose last day has passed is ENDED.</li>
 * </ol>
 * 2099-12-31 (and later) in a date field means 长期 (no end).
 */
public final class PublicityPolicy {

	/** The date providers file for "长期" (long-term) validity. */
	public static final LocalDate LONG_TERM = LocalDate.of(2099, 12, 31);

	private final List<PublicityRegime> regimes;

	private final NegativeCap cap;

	public PublicityPolicy(List<PublicityRegime> regimes, NegativeCap cap) {
		this.regimes = regimes.stream().sorted(Comparator.comparing(PublicityRegime::from)).toList();
		this.cap = cap;
	}

	/**
	 * Everything the policy looks at for one record.
	 *
	 * @param tier severity tier, {@code null} when the category has none
	 * @param validUntil 有效期至 (VALID_UNTIL role), if filed
	 * @param declaredEnd 公示截止期 (PUBLICITY_END role), if filed
	 * @param recordStatus the record's state as the ingest module keeps it
	 */
	public record Case(String categoryCode, Nature nature, PublicityRule rule, SeverityTier tier, String tierRule,
			LocalDate decisionDate, LocalDate validUntil, LocalDate declaredEnd, CreditRecord.Status recordStatus) {
	}

	public Publicity assess(Case c, LocalDate today) {
		List<String> notes = new ArrayList<>();
		Optional<PublicityRegime> regime = regimeFor(c.categoryCode(), c.decisionDate());
		boolean published = true;
		Integer minimum = null;
		Integer maximum = null;
		String basis = (c.rule() != null) ? c.rule().basis() : null;
		String regimeCode = null;
		if (regime.isPresent() && c.tier() != null && regime.get().tiers().containsKey(c.tier())) {
			PublicityRegime.Period period = regime.get().tiers().get(c.tier());
			published = period.published();
			minimum = period.minimumMonths();
			maximum = period.maximumMonths();
			basis = regime.get().basis();
			regimeCode = regime.get().code();
			notes.add("按" + regime.get().name() + c.tier().label() + "失信公示期");
		}
		else if (c.tier() != null && c.rule() != null && tierRule(c.rule(), c.tier()).isPresent()) {
			TierPublicity tier = tierRule(c.rule(), c.tier()).get();
			published = tier.published();
			minimum = tier.minimumMonths();
			maximum = tier.maximumMonths();
			notes.add("按目录" + c.tier().label() + "失信公示期");
		}
		LocalDate start = c.decisionDate();
		LocalDate until = null;
		if (maximum != null) {
			until = start.plusMonths(maximum).minusDays(1);
		}
		else if (real(c.validUntil()) != null) {
			until = c.validUntil();
			notes.add("至有效期届满");
		}
		LocalDate declared = real(c.declaredEnd());
		if (declared != null && (until == null || declared.isBefore(until))) {
			until = declared.isBefore(start) ? start : declared;
			notes.add("按报送的公示截止期");
		}
		if (c.nature() == Nature.NEGATIVE && this.cap.years() > 0) {
			LocalDate capped = start.plusYears(this.cap.years()).minusDays(1);
			if (until == null || capped.isBefore(until)) {
				until = capped;
				notes.add("负面信息公示不超过" + this.cap.years() + "年");
			}
		}
		LocalDate repairableFrom = (minimum != null) ? start.plusMonths(minimum) : null;
		if (until == null) {
			notes.add("长期公示");
		}
		PublicityStatus status = status(c, published, until, today, notes);
		return new Publicity(status, c.tier(), c.tierRule(), regimeCode, basis, start, until, repairableFrom,
				String.join("；", notes));
	}

	Optional<PublicityRegime> regimeFor(String category, LocalDate decisionDate) {
		return this.regimes.stream().filter(r -> r.covers(category, decisionDate)).findFirst();
	}

	private static PublicityStatus status(Case c, boolean published, LocalDate until, LocalDate today,
			List<String> notes) {
		if (c.recordStatus() == CreditRecord.Status.REVOKED) {
			return PublicityStatus.REVOKED;
		}
		if (c.recordStatus() == CreditRecord.Status.SUPERSEDED) {
			return PublicityStatus.SUPERSEDED;
		}
		if (c.rule() != null && c.rule().disclosure() != PublicityRule.Disclosure.PUBLIC) {
			notes.add("目录规定" + c.rule().disclosure().label());
			return PublicityStatus.NOT_PUBLISHED;
		}
		if (!published) {
			notes.add(c.tier().label() + "失信原则上不予公示");
			return PublicityStatus.NOT_PUBLISHED;
		}
		return (until != null && until.isBefore(today)) ? PublicityStatus.ENDED : PublicityStatus.PUBLISHED;
	}

	private static Optional<TierPublicity> tierRule(PublicityRule rule, SeverityTier tier) {
		return rule.tiers().stream().filter(t -> t.tier() == tier).findFirst();
	}

	/** {@code null} for a missing date and for the 长期 marker. */
	static LocalDate real(LocalDate date) {
		return (date == null || !date.isBefore(LONG_TERM)) ? null : date;
	}

}
