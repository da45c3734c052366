package io.gongxin.catalog;

/** How a field's value is written. */
public enum FieldType {

	/** Free text, checked only for length and excluded content. */
	TEXT("文本"),
	/**
	 * A calendar date, {@code yyyy-MM-dd} (the national layout's {@code yyyy/MM/dd} too).
	 */
	DATE("日期"),
	/** A non-negative decimal; the format {@code p,s} bounds precision and scale. */
	DECIMAL("数值"),
	/** One or more entries of the field's code list. */
	CODE("代码"),
	/**
	 * An identifier (USCC, citizen id, ...). Its checksum is checked by the identifier
	 * module, not here.
	 */
	IDENTIFIER("标识代码");

	private final String label;

	FieldType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
