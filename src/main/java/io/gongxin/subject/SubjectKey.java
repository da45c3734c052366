package io.gongxin.subject;

import java.util.Objects;

/**
 * An identifier a subject is known by, in canonical form (the identifier module
 * normalises and checks it first).
 *
 * @param kind which scheme the value belongs to
 * @param value the canonical value
 */
public record SubjectKey(Kind kind, String value) {

	public enum Kind {

		/** 统一社会信用代码. */
		USCC,
		/** 公民身份号码. */
		CITIZEN_ID,
		/** Legacy 工商注册号. */
		REGISTRATION_NUMBER,
		/** 组织机构代码. */
		ORG_CODE

	}

	public SubjectKey {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(value, "value");
		int expected = switch (kind) {
			case USCC, CITIZEN_ID -> 18;
			case REGISTRATION_NUMBER -> 15;
			case ORG_CODE -> 9;
		};
		if (value.length() != expected) {
			throw new IllegalArgumentException(kind + " must have " + expected + " characters");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
				throw new IllegalArgumentException(kind + " must be canonical: digits and upper-case letters only");
			}
		}
	}

	public static SubjectKey uscc(String value) {
		return new SubjectKey(Kind.USCC, value);
	}

	public static SubjectKey citizenId(String value) {
		return new SubjectKey(Kind.CITIZEN_ID, value);
	}

	/** Citizen ids are personal data: keep them out of logs and exception messages. */
	@Override
	public String toString() {
		return (this.kind == Kind.CITIZEN_ID)
				? "CITIZEN_ID:" + this.value.substring(0, 6) + "********" + this.value.substring(14)
				: this.kind + ":" + this.value;
	}

}
