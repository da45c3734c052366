package io.gongxin.identifier;

import io.gongxin.identifier.internal.Checksums;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * A 6-digit administrative division code (GB/T 2260). Not checked against the current
 * division list: codes are abolished over time while identifiers carrying them live on.
 *
 * @param value six digits; {@code 100000} means national level
 */
public record DivisionCode(String value) {

	public DivisionCode {
		if (value == null || value.length() != 6 || !Checksums.allDigits(value, 0, 6)) {
			throw new DomainException("GX-ID-004", ProblemKind.BAD_REQUEST, "A division code has 6 digits.");
		}
	}

	/** Registered at national level (e.g. by a State Council department). */
	public boolean national() {
		return "100000".equals(this.value);
	}

	/** The province-level code, e.g. {@code 440000} for {@code 440300}. */
	public DivisionCode province() {
		return new DivisionCode(this.value.substring(0, 2) + "0000");
	}

	@Override
	public String toString() {
		return this.value;
	}

}
