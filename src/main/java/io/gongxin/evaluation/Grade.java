package io.gongxin.evaluation;

/**
 * A grade of a model, best first. What a grade means for supervision (fewer or more
 * inspections) is set by each model's bands; the letter alone decides nothing.
 */
public enum Grade {

	A("优"), B("良"), C("中"), D("差");

	private final String label;

	Grade(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** 1 for the best grade. */
	public int rank() {
		return ordinal() + 1;
	}

	public boolean worseThan(Grade other) {
		return ordinal() > other.ordinal();
	}

}
