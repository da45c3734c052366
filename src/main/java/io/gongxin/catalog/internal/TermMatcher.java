package io.gongxin.catalog.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds which listed term a text mentions. Each term names keywords, at least one of
 * which every mention contains; a single pass over the text looks for keyword starts, and
 * only a keyword hit runs the term's (optional) pattern. Almost every record mentions no
 * term, so almost every check is that one pass.
 */
final class TermMatcher {

	/**
	 * @param term the listed term, reported as the violation's value
	 * @param keywords substrings one of which every mention contains
	 * @param pattern a finer pattern the text must also match, or {@code null}
	 */
	record Term(String term, List<String> keywords, String pattern) {

		Term {
			Objects.requireNonNull(term, "term");
			if (keywords == null || keywords.isEmpty() || keywords.stream().anyMatch(String::isEmpty)) {
				throw new IllegalArgumentException("term " + term + " needs non-empty keywords");
			}
			keywords = List.copyOf(keywords);
		}

	}

	private final List<Term> terms;

	private final List<Pattern> patterns = new ArrayList<>();

	private final BitSet keywordStarts = new BitSet(Character.MAX_VALUE + 1);

	TermMatcher(List<Term> terms) {
		this.terms = List.copyOf(terms);
		for (Term term : this.terms) {
			this.patterns.add((term.pattern() != null) ? Pattern.compile(term.pattern()) : null);
			term.keywords().forEach(keyword -> this.keywordStarts.set(keyword.charAt(0)));
		}
	}

	Optional<String> firstTerm(String text) {
		if (text == null) {
			return Optional.empty();
		}
		for (int i = 0; i < text.length(); i++) {
			if (this.keywordStarts.get(text.charAt(i))) {
				Optional<String> term = termAt(text, i);
				if (term.isPresent()) {
					return term;
				}
			}
		}
		return Optional.empty();
	}

	private Optional<String> termAt(String text, int offset) {
		for (int t = 0; t < this.terms.size(); t++) {
			Term term = this.terms.get(t);
			for (String keyword : term.keywords()) {
				if (text.startsWith(keyword, offset)) {
					Pattern pattern = this.patterns.get(t);
					if (pattern == null || pattern.matcher(text).find()) {
						return Optional.of(term.term());
					}
				}
			}
		}
		return Optional.empty();
	}

	List<String> terms() {
		return this.terms.stream().map(Term::term).toList();
	}

}
