package io.gongxin.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a quality bulletin (通报) says about a period: the figures as they stood when it was
 * generated. A published bulletin keeps this snapshot unchanged.
 */
public record BulletinContent(String label, LocalDate from, LocalDate to, String previousLabel,
		BigDecimal complianceTarget, BigDecimal timelinessTarget, Line overall, List<Line> ranking,
		List<CoverageLine> coverage, List<ReasonLine> reasons, DefectLine defects, Instant generatedAt) {

	public BulletinContent {
		ranking = List.copyOf(ranking);
		coverage = List.copyOf(coverage);
		reasons = List.copyOf(reasons);
	}

	/** Providers that miss a target (or sent nothing although obliged). */
	public List<Line> shortfalls() {
		return this.ranking.stream()
			.filter(line -> line.missesCompliance() || line.missesTimeliness() || line.missesConcealment()
					|| !line.reported())
			.toList();
	}

	/**
	 * One provider's line (or the overall line). Rates are percentages, {@code null} when
	 * there was nothing to measure; trends are percentage points against the previous
	 * period. The region is the division code and its name ({@code regionName});
	 * bulletins published before names were kept have none and show the code.
	 */
	public record Line(int rank, String code, String name, String region, String regionName, long received,
			long compliant, long rejected, long resubmitted, long corrected, long stored, long late,
			BigDecimal compliance, BigDecimal timeliness, BigDecimal lateRate, BigDecimal complianceTrend,
			BigDecimal timelinessTrend, long sampled, long unreported, BigDecimal concealment, long missingNumbers,
			boolean reported, boolean missesCompliance, boolean missesTimeliness, boolean missesConcealment) {

		/** What the provider falls short of, in Chinese; empty when nothing. */
		public String shortfallText() {
			List<String> misses = new java.util.ArrayList<>();
			if (!this.reported) {
				misses.add("本期未报送");
			}
			if (this.missesCompliance) {
				misses.add("合规率未达标");
			}
			if (this.missesTimeliness) {
				misses.add("及时率未达标");
			}
			if (this.missesConcealment) {
				misses.add("存在瞒报");
			}
			return String.join("、", misses);
		}

		/** The region as a reader sees it: its name, or the code where none was kept. */
		public String regionText() {
			return (this.regionName != null) ? this.regionName : (this.region != null) ? this.region : "";
		}

	}

	/**
	 * 上报率 of one category: codes for machines, names for readers ({@code categoryName}
	 * and {@code silentNames} are missing from bulletins published before names were
	 * kept, which then show the codes).
	 */
	public record CoverageLine(String category, String categoryName, int obliged, int reporting, BigDecimal rate,
			List<String> silent, List<String> silentNames) {

		public String categoryText() {
			return (this.categoryName != null) ? this.categoryName : this.category;
		}

		/** The providers that did not report, by name, joined for a cell or a line. */
		public String silentText() {
			List<String> names = (this.silentNames != null) ? this.silentNames : this.silent;
			return (names != null) ? String.join("、", names) : "";
		}

	}

	/**
	 * A rejection rule with how often it was broken and a few examples of open problem
	 * data.
	 */
	public record ReasonLine(String rule, String label, long count, List<String> examples) {
	}

	/** 重错码率 and 纠正率. */
	public record DefectLine(long codes, long duplicates, long invalid, long corrected, BigDecimal defectRate,
			BigDecimal correctionRate, String source) {
	}

}
