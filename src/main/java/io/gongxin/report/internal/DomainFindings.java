package io.gongxin.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.report.CheckDomain;
import io.gongxin.report.internal.ReportContent.CheckFinding;
import io.gongxin.report.internal.ReportContent.DomainFinding;

/**
 * Applies the domain rule: for each chosen domain and each check, the decisions on record
 * ({@link DecidedAtCutoff}, published or not) decided within the period whose category
 * evidences the check and whose provider or deciding authority belongs to the domain.
 */
public final class DomainFindings {

	private DomainFindings() {
	}

	public static List<DomainFinding> of(List<CheckDomain> domains, List<DomainList.Check> checks,
			List<CreditFileItem> shown, LocalDate from, LocalDate to) {
		List<DomainFinding> findings = new ArrayList<>();
		for (CheckDomain domain : domains) {
			List<CheckFinding> perCheck = new ArrayList<>();
			for (DomainList.Check check : checks) {
				List<String> documents = shown.stream()
					.filter(item -> check.categories().contains(item.categoryCode()))
					.filter(item -> !item.decisionDate().isBefore(from) && !item.decisionDate().isAfter(to))
					.filter(item -> domain.covers(item.providerCode(), item.authority()))
					.map(CreditFileItem::documentNumber)
					.toList();
				perCheck.add(new CheckFinding(check.name(), check.collected(), documents));
			}
			findings.add(new DomainFinding(domain.code(), domain.name(), perCheck));
		}
		return findings;
	}

}
