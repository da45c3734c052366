package io.gongxin.creditfile.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.gongxin.catalog.CodeValue;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.RecordFacts;
import io.gongxin.catalog.SeverityTier;

/**
 * Finds the severity tier of a record. A tier the provider filed explicitly (the field
 * playing {@link FieldRole#SEVERITY}) wins; otherwise it is derived from the penalty
 * types ({@link FieldRole#PENALTY_TYPE}, read as codes whether they were filed as codes
 * or as labels) and the fine ({@link FieldRole#FINE_AMOUNT}), following the examples of
 * the 2026 信用修复管理办法: 警告 / 通报批评 are 轻微; 吊销许可证件, 责令停产停业, 责令关闭, 限制从业 and very large fines
 * are 严重; anything else is 一般. The reason names the rule used, so officers can see why an
 * item got its tier.
 *
 * @param minorTypes type codes that alone make a record 轻微
 * @param seriousTypes type codes that make a record 严重
 * @param seriousFine fines (万元) from which a record is 严重
 */
public record SeverityRule(Set<String> minorTypes, Set<String> seriousTypes, BigDecimal seriousFine) {

	/** A tier and the rule that produced it. */
	public record Assessment(SeverityTier tier, String rule) {
	}

	public SeverityRule {
		minorTypes = Set.copyOf(minorTypes);
		seriousTypes = Set.copyOf(seriousTypes);
	}

	public static SeverityRule defaults() {
		return new SeverityRule(Set.of("01", "02"), Set.of("08", "10", "11", "12"), new BigDecimal("100"));
	}

	public Assessment assess(RecordFacts facts) {
		SeverityTier explicit = explicitTier(facts);
		if (explicit != null) {
			return new Assessment(explicit, "报送的失信程度（" + facts.fieldCode(FieldRole.SEVERITY) + "）");
		}
		List<CodeValue> types = facts.codes(FieldRole.PENALTY_TYPE);
		List<CodeValue> serious = types.stream().filter(type -> this.seriousTypes.contains(type.code())).toList();
		if (!serious.isEmpty()) {
			return new Assessment(SeverityTier.SERIOUS, "推定：处罚类别" + labels(serious) + "属严重失信");
		}
		BigDecimal fine = facts.amount(FieldRole.FINE_AMOUNT);
		if (fine != null && this.seriousFine != null && fine.compareTo(this.seriousFine) >= 0) {
			return new Assessment(SeverityTier.SERIOUS,
					"推定：罚款" + fine.toPlainString() + "万元不低于" + this.seriousFine.toPlainString() + "万元，属严重失信");
		}
		if (!types.isEmpty() && types.stream().allMatch(type -> this.minorTypes.contains(type.code()))) {
			return new Assessment(SeverityTier.MINOR, "推定：仅" + labels(types) + "，属轻微失信");
		}
		return new Assessment(SeverityTier.GENERAL,
				types.isEmpty() ? "推定：未报送处罚类别，按一般失信" : "推定：处罚类别" + labels(types) + "属一般失信");
	}

	private static SeverityTier explicitTier(RecordFacts facts) {
		SeverityTier tier = parseTier(facts.value(FieldRole.SEVERITY));
		if (tier == null) {
			for (CodeValue code : facts.codes(FieldRole.SEVERITY)) {
				tier = parseTier(code.label());
			}
		}
		return tier;
	}

	static SeverityTier parseTier(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.strip().toUpperCase(Locale.ROOT);
		for (SeverityTier tier : SeverityTier.values()) {
			if (v.equals(tier.name()) || v.startsWith(tier.label())) {
				return tier;
			}
		}
		return null;
	}

	private static String labels(List<CodeValue> types) {
		return types.stream().map(CodeValue::label).distinct().sorted().collect(Collectors.joining("、"));
	}

}
