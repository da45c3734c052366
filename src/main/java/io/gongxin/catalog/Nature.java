package io.gongxin.catalog;

/** Whether information in a category speaks for, against or neutrally about a subject. */
public enum Nature {

	POSITIVE("守信（正面）"), NEGATIVE("失信（负面）"), NEUTRAL("中性");

	private final String label;

	Nature(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
