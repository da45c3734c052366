package io.gongxin.content;

import java.time.Instant;

/**
 * One change of an article. The article as it was after the change is kept whole beside
 * it ({@link Articles#revision}).
 *
 * @param title the title after the change
 * @param state the state after the change
 * @param note the reason given for a withdrawal
 */
public record ArticleRevision(long articleId, int revision, Action action, String title, ArticleState state,
		String byLabel, Instant at, String note) {

	/** The kinds of change. */
	public enum Action {

		CREATE("新建"), EDIT("修改"), PUBLISH("发布"), WITHDRAW("撤回");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
