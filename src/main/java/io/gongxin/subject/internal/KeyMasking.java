package io.gongxin.subject.internal;

import io.gongxin.subject.SubjectKey;

/**
 * How identifiers are shown outside the officer console: organisation codes in full (they
 * are public registration data), citizen ids masked so that birth date and sequence
 * number are hidden.
 */
public final class KeyMasking {

	private KeyMasking() {
	}

	public static String display(SubjectKey key) {
		if (key == null) {
			return null;
		}
		if (key.kind() == SubjectKey.Kind.CITIZEN_ID) {
			String value = key.value();
			return value.substring(0, 4) + "**********" + value.substring(14);
		}
		return key.value();
	}

}
