package io.gongxin.identifier.internal;

/**
 * Produces the canonical spelling of a typed or pasted identifier: full-width forms
 * become half-width, letters upper case, and spaces and dashes are dropped.
 */
public final class Normaliser {

	/** Longer input is not an identifier whatever it contains; do not scan it. */
	public static final int MAX_INPUT = 64;

	private Normaliser() {
	}

	/** Whether the input is already canonical (digits and capital letters only). */
	public static boolean isCanonical(CharSequence raw) {
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'))) {
				return false;
			}
		}
		return true;
	}

	/** The canonical form, or {@code null} for null or over-long input. */
	public static String canonical(CharSequence raw) {
		if (raw == null || raw.length() > MAX_INPUT) {
			return null;
		}
		StringBuilder out = new StringBuilder(raw.length());
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '\u2010' || c == '\u2013'
					|| c == '\u2014') {
				continue;
			}
			if (c >= 'a' && c <= 'z') {
				c = (char) (c - 32);
			}
			out.append(c);
		}
		return out.toString();
	}

}
