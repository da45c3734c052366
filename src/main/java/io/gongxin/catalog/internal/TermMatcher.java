package io.gongxin.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds which listed term a text mentions. One combined pattern rejects the common case
 * (no term at all) in a single pass; only a hit is attributed to its term.
 */
final class TermMatcher {

	record Term(String term, String pattern) {
	}

	private final Pattern any;

	private final List<String> terms = new ArrayList<>();

	private final List<Pattern> patterns = new ArrayList<>();

	TermMatcher(List<Term> terms) {
		StringBuilder combined = new StringBuilder();
		for (Term term : terms) {
			this.terms.add(term.term());
			this.patterns.add(Pattern.compile(term.pattern()));
			combined.append((combined.length() > 0) ? "|" : "").append("(?:").append(term.pattern()).append(')');
		}
		this.any = Pattern.compile(combined.toString());
	}

	Optional<String> firstTerm(String text) {
		if (text == null || text.isEmpty() || !this.any.matcher(text).find()) {
			return Optional.empty();
		}
		for (int i = 0; i < this.patterns.size(); i++) {
			if (this.patterns.get(i).matcher(text).find()) {
				return Optional.of(this.terms.get(i));
			}
		}
		return Optional.empty();
	}

	List<String> terms() {
		return List.copyOf(this.terms);
	}

}
