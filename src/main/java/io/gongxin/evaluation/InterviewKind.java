package io.gongxin.evaluation;

/** 约谈 held by the department that found the conduct (谁认定、谁约谈). */
public enum InterviewKind {

	PROMPT("提示约谈"), WARNING("警示约谈");

	private final String label;

	InterviewKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
