package io.gongxin.evaluation;

import java.util.List;

/**
 * Why a subject has its grade: the indicators' points, the evidence each counted, the
 * vetoes that applied, the band's meaning for supervision and the grade history.
 */
public record Explanation(SubjectEvaluation evaluation, List<Contribution> contributions, List<String> vetoes,
		String meaning, List<GradeChange> history, String notice) {

	/** What every explanation says of its use. */
	public static final String NOTICE = "本评价结果仅供有权部门实施分级分类监管参考，不向社会公开，不单独作为实施惩戒的依据。";

	public Explanation {
		contributions = List.copyOf(contributions);
		vetoes = List.copyOf(vetoes);
		history = List.copyOf(history);
	}

}
