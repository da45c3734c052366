package io.gongxin.catalog.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.RuleViolation;
import io.gongxin.subject.SubjectType;

/**
 * Rough throughput of the per-row check on the seeded catalog (not a test; run by hand,
 * see docs/catalog.md). Rows cycle through valid penalties, a missing fine amount, a
 * minor-misconduct row about a person and a row keyed by Chinese titles.
 */
final class CatalogRulesBench {

	private CatalogRulesBench() {
	}

	public static void main(String[] args) {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		CompiledCatalog catalog = SeededCatalogs.current();
		List<Map<String, String>> samples = samples();
		long violations = 0;
		for (int round = 0; round < 2; round++) {
			long start = System.nanoTime();
			violations = 0;
			for (int i = 0; i < rows; i++) {
				Map<String, String> row = samples.get(i & 3);
				SubjectType type = ((i & 3) >= 2) ? SubjectType.NATURAL_PERSON : SubjectType.ENTERPRISE;
				List<RuleViolation> found = catalog.check("XZCF", type, row);
				violations += found.size();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("%s: %,d rows in %.2f s = %,.0f rows/s (%,d violations)%n",
					(round == 0) ? "warm-up" : "measured", rows, seconds, rows / seconds, violations);
		}
	}

	private static List<Map<String, String>> samples() {
		Map<String, String> valid = SeededCatalogs.penaltyOnEnterprise();
		Map<String, String> missingFine = new HashMap<>(valid);
		missingFine.remove("CF_NR_FK");
		Map<String, String> redLight = SeededCatalogs.penaltyOnPersonByTitles();
		redLight.put("违法行为类型", "行人闯红灯");
		return List.of(valid, missingFine, redLight, SeededCatalogs.penaltyOnPersonByTitles());
	}

}
