package io.gongxin.subject.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.gongxin.subject.SubjectKey;

/**
 * Which identifiers a search query could be, to be looked up exactly among subject keys
 * and aliases. Plausible means the shape of the scheme, not its check character: a code
 * with a wrong check character is exactly what a corrected-away alias looks like. An
 * 18-digit string is both a possible USCC (about four in five real codes start with 17
 * digits) and a possible citizen id, so both are tried where the audience may see
 * persons.
 */
final class CodeQuery {

	/** GB 32100-2015: digits and upper-case letters without I, O, Z, S, V. */
	private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private CodeQuery() {
	}

	/**
	 * @param query what the user typed
	 * @param includePersons whether citizen ids may be looked up (never for the public)
	 * @return the candidate keys, most likely first; empty when the query is no code
	 */
	static List<SubjectKey> candidates(String query, boolean includePersons) {
		String code = canonical(query);
		List<SubjectKey> keys = new ArrayList<>(2);
		switch (code.length()) {
			case 18 -> {
				if (isUscc(code)) {
					keys.add(SubjectKey.uscc(code));
				}
				if (includePersons && isCitizenId(code)) {
					keys.add(SubjectKey.citizenId(code));
				}
			}
			case 15 -> {
				if (allDigits(code, 15)) {
					keys.add(new SubjectKey(SubjectKey.Kind.REGISTRATION_NUMBER, code));
				}
			}
			case 9 -> {
				if (isOrgCode(code)) {
					keys.add(new SubjectKey(SubjectKey.Kind.ORG_CODE, code));
				}
			}
			default -> {
				// not a code
			}
		}
		return keys;
	}

	/**
	 * Upper case, full-width characters folded, spaces dropped, and the hyphen of an
	 * organisation code as printed on certificates ({@code MA5ALWFF-1}) removed.
	 */
	static String canonical(String query) {
		if (query == null || query.length() > 40) {
			return "";
		}
		StringBuilder code = new StringBuilder(18);
		for (int i = 0; i < query.length(); i++) {
			char c = query.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (Character.isWhitespace(c) || c == '\u3000') {
				continue;
			}
			code.append(Character.toUpperCase(c));
		}
		if (code.length() == 10 && (code.charAt(8) == '-' || code.charAt(8) == '－')) {
			code.deleteCharAt(8);
		}
		return code.toString();
	}

	static boolean isUscc(String code) {
		if (code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (USCC_ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return true;
	}

	/** 17 digits, a final digit or X, and a real birth date in positions 7–14. */
	static boolean isCitizenId(String code) {
		if (code.length() != 18 || !allDigits(code, 17)) {
			return false;
		}
		char last = code.charAt(17);
		if (!(last >= '0' && last <= '9') && last != 'X') {
			return false;
		}
		int year = Integer.parseInt(code, 6, 10, 10);
		if (year < 1850 || year > 2100) {
			return false;
		}
		try {
			LocalDate.of(year, Integer.parseInt(code, 10, 12, 10), Integer.parseInt(code, 12, 14, 10));
			return true;
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

	/** GB 11714: eight body characters (digits, letters), then a digit or X. */
	static boolean isOrgCode(String code) {
		if (code.length() != 9) {
			return false;
		}
		for (int i = 0; i < 8; i++) {
			char c = code.charAt(i);
			if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
				return false;
			}
		}
		char check = code.charAt(8);
		return (check >= '0' && check <= '9') || check == 'X';
	}

	private static boolean allDigits(String code, int length) {
		for (int i = 0; i < length; i++) {
			char c = code.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

}
