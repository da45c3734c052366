package io.gongxin.identifier;

import io.gongxin.identifier.internal.Checksums;

/**
 * Completes identifiers with their check characters, for generated demo and benchmark
 * data and for tools that propose a corrected code.
 */
public final class CheckCharacters {

	private static final int[] USCC_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final int[] CITIZEN_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private CheckCharacters() {
	}

	/**
	 * A full USCC from its first 16 characters (department, category, division,
	 * 8-character organisation code body): the organisation code check (position 17) and
	 * the mod-31 check (position 18) are computed.
	 */
	public static String uscc(String first16) {
		if (first16 == null || first16.length() != 16) {
			throw new IllegalArgumentException("a USCC body has 16 characters before its two check characters");
		}
		int orgSum = 0;
		for (int i = 0; i < 8; i++) {
			int value = Checksums.orgValue(first16.charAt(8 + i));
			if (value < 0) {
				throw new IllegalArgumentException("invalid organisation code character");
			}
			orgSum += value * ORG_WEIGHTS[i];
		}
		int orgCheck = 11 - orgSum % 11;
		char orgChar = (orgCheck == 10) ? 'X' : (orgCheck == 11) ? '0' : (char) ('0' + orgCheck);
		String first17 = first16 + orgChar;
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = Checksums.usccValue(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("invalid USCC character at position " + (i + 1));
			}
			sum += value * USCC_WEIGHTS[i];
		}
		int check = (31 - sum % 31) % 31;
		return first17 + Checksums.USCC_ALPHABET.charAt(check);
	}

	/** A full citizen id from its first 17 digits (MOD 11-2 check). */
	public static String citizenId(String first17) {
		if (first17 == null || first17.length() != 17) {
			throw new IllegalArgumentException("a citizen id body has 17 digits");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			char c = first17.charAt(i);
			if (c < '0' || c > '9') {
				throw new IllegalArgumentException("citizen id bodies are digits");
			}
			sum += (c - '0') * CITIZEN_WEIGHTS[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

}
