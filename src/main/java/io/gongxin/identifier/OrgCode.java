package io.gongxin.identifier;

import io.gongxin.identifier.internal.Checksums;
import io.gongxin.identifier.internal.Normaliser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * An organisation code (组织机构代码, GB 11714): 8 body characters and a mod-11 check character
 * ({@code X} for 10, {@code 0} for 11).
 *
 * @param value 9 characters without the dash
 */
public record OrgCode(String value) {

	public OrgCode {
		if (value == null || value.length() != 9 || Checksums.orgCheckCharacter(value, 0) != value.charAt(8)) {
			throw new DomainException("GX-ID-002", ProblemKind.RULE_VIOLATION,
					"Not a valid organisation code (GB 11714).");
		}
	}

	/** Accepts the usual written forms, e.g. {@code 71526726-x}. */
	public static OrgCode parse(String raw) {
		String canonical = Normaliser.canonical(raw);
		return new OrgCode((canonical != null) ? canonical : "");
	}

	/** The conventional display form {@code XXXXXXXX-X}. */
	public String display() {
		return this.value.substring(0, 8) + "-" + this.value.charAt(8);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
