package io.gongxin.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an article stands: written, public, or taken off the portal. A draft is published
 * once; a published article is withdrawn once and then stays off.
 */
public enum ArticleState {

	DRAFT("草稿"), PUBLISHED("已发布"), WITHDRAWN("已撤回");

	private final String label;

	ArticleState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether an officer may still change the article's text. */
	public boolean editable() {
		return this != WITHDRAWN;
	}

	public static Optional<ArticleState> of(String code) {
		return Arrays.stream(values()).filter(state -> state.name().equals(code)).findFirst();
	}

}
