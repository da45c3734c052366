package io.gongxin.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Why a category may be held.
 *
 * @param text the cited documents, e.g. 《中华人民共和国行政处罚法》第四十八条
 * @param legislation whether the text cites a law or regulation (法律、法规), not just a
 * policy document
 * @param minorMisconductCovered minor-misconduct terms that this legislation expressly
 * allows into credit records about natural persons (usually none)
 */
public record LegalBasis(String text, boolean legislation, List<String> minorMisconductCovered) {

	public LegalBasis {
		Objects.requireNonNull(text, "text");
		if (text.isBlank()) {
			throw new IllegalArgumentException("a legal basis needs a text");
		}
		minorMisconductCovered = (minorMisconductCovered == null) ? List.of() : List.copyOf(minorMisconductCovered);
		if (!legislation && !minorMisconductCovered.isEmpty()) {
			throw new IllegalArgumentException("only legislation can bring minor misconduct into credit records");
		}
	}

	/** Whether cited legislation expressly covers the given minor-misconduct term. */
	public boolean covers(String misconductTerm) {
		return this.legislation && this.minorMisconductCovered.contains(misconductTerm);
	}

}
