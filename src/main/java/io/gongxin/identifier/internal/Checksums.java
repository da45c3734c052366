package io.gongxin.identifier.internal;

/**
 * The check-character arithmetic of GB 32100 (mod 31), GB 11714 (mod 11) and GB 11643
 * (MOD 11-2). Pure functions over {@link CharSequence}s with lookup tables, so the valid
 * path neither allocates nor uses regular expressions.
 */
public final class Checksums {

	/** The 31 characters of a USCC; I, O, Z, S and V are never used. */
	public static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] USCC_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORG_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final int[] CITIZEN_WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final char[] CITIZEN_CHECK_CHARS = "10X98765432".toCharArray();

	/** USCC value of a character, or -1. */
	private static final byte[] USCC_VALUE = new byte[128];

	/** GB 11714 value (digits, A=10 … Z=35), or -1. */
	private static final byte[] ORG_VALUE = new byte[128];

	/**
	 * USCC value of every char, or -1: one look-up without a range check on the fast path
	 * (64 KB, of which only the few hot cache lines are touched).
	 */
	private static final byte[] USCC_VALUE_ANY = new byte[65536];

	static {
		java.util.Arrays.fill(USCC_VALUE_ANY, (byte) -1);
		for (int i = 0; i < USCC_ALPHABET.length(); i++) {
			USCC_VALUE_ANY[USCC_ALPHABET.charAt(i)] = (byte) i;
		}
		java.util.Arrays.fill(USCC_VALUE, (byte) -1);
		java.util.Arrays.fill(ORG_VALUE, (byte) -1);
		for (int i = 0; i < USCC_ALPHABET.length(); i++) {
			USCC_VALUE[USCC_ALPHABET.charAt(i)] = (byte) i;
		}
		for (char c = '0'; c <= '9'; c++) {
			ORG_VALUE[c] = (byte) (c - '0');
		}
		for (char c = 'A'; c <= 'Z'; c++) {
			ORG_VALUE[c] = (byte) (c - 'A' + 10);
		}
	}

	/** Scan flag: all 18 characters belong to the USCC alphabet, positions 3–8 digits. */
	public static final int USCC_SHAPE = 1;

	/** Scan flag: the mod-31 check character matches. */
	public static final int USCC_CHECK = 2;

	/** Scan flag: the embedded organisation code's check character matches. */
	public static final int ORG_CHECK = 4;

	/** Scan flag: 17 digits followed by a digit or X. */
	public static final int CITIZEN_SHAPE = 8;

	/** Scan flag: the MOD 11-2 check character matches. */
	public static final int CITIZEN_CHECK = 16;

	private Checksums() {
	}

	/**
	 * The fast path for an 18-character string: every USCC rule in straight-line loops
	 * that the JIT can unroll (character validity is OR-ed together and tested once).
	 */
	public static boolean isValidUscc(String s) {
		// Split by part so that each loop has a constant trip count and no per-position
		// masks; a negative value anywhere means a character that is not allowed.
		int v0 = USCC_VALUE_ANY[s.charAt(0)];
		int v1 = USCC_VALUE_ANY[s.charAt(1)];
		int bad = v0 | v1;
		int sum = v0 + v1 * 3;
		for (int i = 2; i < 8; i++) {
			int d = s.charAt(i) - '0';
			bad |= d | (9 - d);
			sum += d * USCC_WEIGHTS[i];
		}
		int orgSum = 0;
		for (int i = 8; i < 16; i++) {
			char c = s.charAt(i);
			int v = USCC_VALUE_ANY[c];
			bad |= v;
			sum += v * USCC_WEIGHTS[i];
			orgSum += ORG_VALUE[c & 0x7F] * ORG_WEIGHTS[i - 8];
		}
		char orgCheck = s.charAt(16);
		int v16 = USCC_VALUE_ANY[orgCheck];
		int last = USCC_VALUE_ANY[s.charAt(17)];
		if ((bad | v16 | last) < 0) {
			return false;
		}
		sum += v16 * 28;
		int check = 31 - sum % 31;
		return ((check == 31) ? 0 : check) == last && orgCheckCharacter(orgSum) == orgCheck;
	}

	/** The fast path for an 18-character citizen id. */
	public static boolean isValidCitizenId(String s) {
		int sum = 0;
		int notDigit = 0;
		for (int i = 0; i < 17; i++) {
			int d = s.charAt(i) - '0';
			notDigit |= d | (9 - d);
			sum += d * CITIZEN_WEIGHTS[i];
		}
		return notDigit >= 0 && CITIZEN_CHECK_CHARS[sum % 11] == s.charAt(17) && isBirthDate(s, 6);
	}

	public static int usccValue(char c) {
		return (c < 128) ? USCC_VALUE[c] : -1;
	}

	public static int orgValue(char c) {
		return (c < 128) ? ORG_VALUE[c] : -1;
	}

	/**
	 * One pass over an 18-character string that computes the USCC, embedded organisation
	 * code and citizen id checks together and returns the scan flags.
	 */
	public static int scan18(CharSequence s) {
		int usccSum = 0;
		int orgSum = 0;
		int citizenSum = 0;
		boolean usccShape = true;
		boolean digits = true;
		for (int i = 0; i < 17; i++) {
			char c = s.charAt(i);
			int v = (c < 128) ? USCC_VALUE[c] : -1;
			if (v < 0) {
				usccShape = false;
				digits = false;
				break;
			}
			usccSum += v * USCC_WEIGHTS[i];
			boolean digit = v < 10;
			if (!digit) {
				digits = false;
				if (i >= 2 && i < 8) {
					usccShape = false;
				}
			}
			else {
				citizenSum += v * CITIZEN_WEIGHTS[i];
			}
			if (i >= 8 && i < 16) {
				// GB 11714 values differ from USCC values after H (it counts I and O).
				orgSum += ORG_VALUE[c] * ORG_WEIGHTS[i - 8];
			}
		}
		int flags = 0;
		char last = s.charAt(17);
		int lastValue = (last < 128) ? USCC_VALUE[last] : -1;
		if (usccShape && lastValue >= 0) {
			flags |= USCC_SHAPE;
			int check = 31 - usccSum % 31;
			if ((check == 31 ? 0 : check) == lastValue) {
				flags |= USCC_CHECK;
			}
			if (orgCheckCharacter(orgSum) == s.charAt(16)) {
				flags |= ORG_CHECK;
			}
		}
		if (digits && (lastValue >= 0 && lastValue < 10 || last == 'X')) {
			flags |= CITIZEN_SHAPE;
			if (CITIZEN_CHECK_CHARS[citizenSum % 11] == last) {
				flags |= CITIZEN_CHECK;
			}
		}
		return flags;
	}

	/** The mod-31 check character for the first 17 characters (which must be valid). */
	public static char usccCheckCharacter(CharSequence s) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += usccValue(s.charAt(i)) * USCC_WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return USCC_ALPHABET.charAt(check == 31 ? 0 : check);
	}

	/**
	 * The GB 11714 check character for the 8 body characters starting at {@code from}, or
	 * {@code '?'} when a body character has no value.
	 */
	public static char orgCheckCharacter(CharSequence s, int from) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			int v = orgValue(s.charAt(from + i));
			if (v < 0) {
				return '?';
			}
			sum += v * ORG_WEIGHTS[i];
		}
		return orgCheckCharacter(sum);
	}

	private static char orgCheckCharacter(int sum) {
		int check = 11 - sum % 11;
		if (check == 10) {
			return 'X';
		}
		return (check == 11) ? '0' : (char) ('0' + check);
	}

	/** The MOD 11-2 check character for 17 digits starting at index 0. */
	public static char citizenCheckCharacter(CharSequence s) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (s.charAt(i) - '0') * CITIZEN_WEIGHTS[i];
		}
		return CITIZEN_CHECK_CHARS[sum % 11];
	}

	/**
	 * Whether the 8 digits at {@code from} form a real date (YYYYMMDD) between 1850 and
	 * 2100. Callers make sure the characters are digits.
	 */
	public static boolean isBirthDate(CharSequence s, int from) {
		int year = digits(s, from, 4);
		int month = digits(s, from + 4, 2);
		int day = digits(s, from + 6, 2);
		if (year < 1850 || year > 2100 || month < 1 || month > 12 || day < 1) {
			return false;
		}
		return day <= daysIn(year, month);
	}

	public static int digits(CharSequence s, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			value = value * 10 + (s.charAt(i) - '0');
		}
		return value;
	}

	public static boolean allDigits(CharSequence s, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static int daysIn(int year, int month) {
		return switch (month) {
			case 2 -> ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0) ? 29 : 28;
			case 4, 6, 9, 11 -> 30;
			default -> 31;
		};
	}

}
