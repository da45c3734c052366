package io.gongxin.report;

import java.util.List;
import java.util.Objects;

/**
 * A domain (领域) a 无违法违规证明版 report can cover, with the rule that maps records to it: a
 * record belongs to the domain if its provider is listed or its deciding authority's name
 * contains one of the keywords.
 *
 * @param since the year the domain entered the Guangdong list (2021 original, 2024
 * extension)
 * @param verified whether the domain's presence on the list is confirmed by a source
 */
public record CheckDomain(String code, String name, int since, boolean verified, List<String> providers,
		List<String> authorityKeywords) {

	public CheckDomain {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		providers = (providers == null) ? List.of() : List.copyOf(providers);
		authorityKeywords = (authorityKeywords == null) ? List.of() : List.copyOf(authorityKeywords);
	}

	public boolean covers(String providerCode, String authority) {
		if (providerCode != null && this.providers.contains(providerCode)) {
			return true;
		}
		return authority != null && this.authorityKeywords.stream().anyMatch(authority::contains);
	}

}
