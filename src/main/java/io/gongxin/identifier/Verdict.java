package io.gongxin.identifier;

/** The outcome of checking an identifier. */
public enum Verdict {

	/** Exactly as the standard requires. */
	VALID("正确"),
	/**
	 * Valid once put into canonical form (upper case, half-width, no spaces or dashes, or
	 * a legacy 15-digit citizen id converted to 18).
	 */
	NORMALISABLE("规范写法后正确"),
	/** Breaks the standard; the report lists every reason. */
	INVALID("错误"),
	/**
	 * Fails the checks but was really issued (e.g. before GB 32100 took effect); listed
	 * in the admin-edited allow-list.
	 */
	KNOWN_IRREGULAR("已核实的不规范代码"),
	/** 17 zeros and X: an individual business without a code (双公示 convention). */
	PLACEHOLDER("占位代码");

	private final String label;

	Verdict(String label) {
		this.label = label;
	}

	/** The verdict in Chinese, for pages and files people read. */
	public String label() {
		return this.label;
	}

	/** Whether a record may be keyed by the identifier (possibly after normalising). */
	public boolean acceptable() {
		return this != INVALID;
	}

}
