package io.gongxin.quality;

import java.util.Objects;

/**
 * A decision's document number (文书号) taken apart: decisions are numbered per agency and
 * year, e.g. 穗市监罚〔2024〕123号 is serial 123 of agency prefix 穗市监罚 in 2024.
 *
 * @param agency the prefix naming the agency and kind of decision, possibly empty
 * @param year the year of the sequence
 * @param serial the serial number within the year
 */
public record DocumentNumber(String agency, int year, int serial) {

	public DocumentNumber {
		Objects.requireNonNull(agency, "agency");
		if (year < 1949 || year > 2200 || serial < 1) {
			throw new IllegalArgumentException("a document number has a plausible year and a serial of at least 1");
		}
	}

}
