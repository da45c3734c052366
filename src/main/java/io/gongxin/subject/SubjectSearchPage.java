package io.gongxin.subject;

import java.util.List;

/**
 * One page of a ranked search.
 *
 * @param total how many subjects match, at most the ranking window
 * @param more whether more subjects match than the window holds: the query is too broad
 * to rank all of them
 */
public record SubjectSearchPage(List<SubjectHit> hits, int total, boolean more) {

	public SubjectSearchPage {
		hits = List.copyOf(hits);
	}

	public static final SubjectSearchPage EMPTY = new SubjectSearchPage(List.of(), 0, false);

}
