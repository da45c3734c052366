package io.gongxin.identifier;

import io.gongxin.identifier.internal.Checksums;
import io.gongxin.identifier.internal.Normaliser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) that passes every check:
 * character set, division digits, the mod-31 check character and the embedded GB 11714
 * organisation code's own check character. Codes that fail but were really issued are
 * {@link Verdict#KNOWN_IRREGULAR} and are not {@code Uscc}s.
 *
 * @param value 18 characters in canonical form
 */
public record Uscc(String value) {

	public Uscc {
		if (value == null || value.length() != 18
				|| (Checksums.scan18(value) & IdentifierCheck.USCC_ALL) != IdentifierCheck.USCC_ALL) {
			throw new DomainException("GX-ID-001", ProblemKind.RULE_VIOLATION,
					"Not a valid unified social credit code (GB 32100-2015).");
		}
	}

	/** Accepts lower case, full-width characters, spaces and dashes. */
	public static Uscc parse(String raw) {
		String canonical = Normaliser.canonical(raw);
		return new Uscc((canonical != null) ? canonical : "");
	}

	/** Position 1, 登记管理部门码. */
	public char registrationDepartment() {
		return this.value.charAt(0);
	}

	/** Position 2, 机构类别码. */
	public char category() {
		return this.value.charAt(1);
	}

	/** Positions 3–8: the registering authority's division. */
	public DivisionCode division() {
		return new DivisionCode(this.value.substring(2, 8));
	}

	/** Positions 9–17: the embedded organisation code. */
	public OrgCode orgCode() {
		return new OrgCode(this.value.substring(8, 17));
	}

	public char checkCharacter() {
		return this.value.charAt(17);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
