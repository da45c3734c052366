package io.gongxin.creditfile.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.gongxin.catalog.SeverityTier;

/**
 * Finds the severity tier of a record. A tier the provider filed explicitly wins;
 * otherwise it is derived from the penalty types (处罚类别) and the fine, following the
 * examples of the 2026 信用修复管理办法: 警告 / 通报批评 are 轻微; 吊销许可证件, 责令停产停业, 责令关闭, 限制从业 and very
 * large fines are 严重; anything else is 一般. The reason names the rule used, so officers
 * can see why an item got its tier.
 *
 * @param tierFields field codes that may carry an explicit tier (轻微/一般/严重 or
 * MINOR/GENERAL/SERIOUS)
 * @param typeField field with the penalty type codes, several separated by ; , 、
 * @param minorTypes type codes that alone make a record 轻微
 * @param seriousTypes type codes that make a record 严重
 * @param fineField field with the fine in 万元
 * @param seriousFine fines (万元) from which a record is 严重
 */
public record SeverityRule(List<String> tierFields, String typeField, Set<String> minorTypes, Set<String> seriousTypes,
		String fineField, BigDecimal seriousFine) {

	/** A tier and the rule that produced it. */
	public record Assessment(SeverityTier tier, String rule) {
	}

	public SeverityRule {
		tierFields = List.copyOf(tierFields);
		minorTypes = Set.copyOf(minorTypes);
		seriousTypes = Set.copyOf(seriousTypes);
	}

	public static SeverityRule defaults() {
		return new SeverityRule(List.of("CF_SXDJ", "CF_YZCD"), "CF_CFLB", Set.of("01", "02"),
				Set.of("08", "10", "11", "12"), "CF_NR_FK", new BigDecimal("100"));
	}

	public Assessment assess(Map<String, String> fields) {
		for (String code : this.tierFields) {
			SeverityTier explicit = parseTier(fields.get(code));
			if (explicit != null) {
				return new Assessment(explicit, "报送的失信程度（" + code + "）");
			}
		}
		Set<String> types = types(fields.get(this.typeField));
		Set<String> serious = types.stream().filter(this.seriousTypes::contains).collect(Collectors.toSet());
		if (!serious.isEmpty()) {
			return new Assessment(SeverityTier.SERIOUS,
					"推定：处罚类别" + String.join("、", serious.stream().sorted().toList()) + "属严重失信");
		}
		BigDecimal fine = amount(fields.get(this.fineField));
		if (fine != null && this.seriousFine != null && fine.compareTo(this.seriousFine) >= 0) {
			return new Assessment(SeverityTier.SERIOUS,
					"推定：罚款" + fine.toPlainString() + "万元不低于" + this.seriousFine.toPlainString() + "万元，属严重失信");
		}
		if (!types.isEmpty() && this.minorTypes.containsAll(types)) {
			return new Assessment(SeverityTier.MINOR, "推定：仅警告或通报批评，属轻微失信");
		}
		return new Assessment(SeverityTier.GENERAL, types.isEmpty() ? "推定：未报送处罚类别，按一般失信"
				: "推定：处罚类别" + String.join("、", types.stream().sorted().toList()) + "属一般失信");
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

	private static Set<String> types(String value) {
		if (value == null || value.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(value.split("[;,，；、\\s]+"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.toSet());
	}

	private static BigDecimal amount(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
