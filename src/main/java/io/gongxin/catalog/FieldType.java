package io.gongxin.catalog;

/** How a field's value is written. */
public enum FieldType {

	/** Free text, checked only for length and excluded content. */
	TEXT,
	/**
	 * A calendar date, {@code yyyy-MM-dd} (the national layout's {@code yyyy/MM/dd} too).
	 */
	DATE,
	/** A non-negative decimal; the format {@code p,s} bounds precision and scale. */
	DECIMAL,
	/** One or more entries of the field's code list. */
	CODE,
	/**
	 * An identifier (USCC, citizen id, ...). Its checksum is checked by the identifier
	 * module, not here.
	 */
	IDENTIFIER

}
