package io.gongxin.identifier;

import java.time.LocalDate;

import io.gongxin.identifier.internal.Checksums;
import io.gongxin.identifier.internal.Normaliser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * A citizen id (公民身份号码, GB 11643-1999): division, real birth date, sequence and MOD 11-2
 * check character. Personal data: show it only through {@link #masked()} in public.
 *
 * @param value 18 characters, check character upper case
 */
public record CitizenId(String value) {

	public CitizenId {
		if (value == null || value.length() != 18
				|| (Checksums.scan18(value) & IdentifierCheck.CITIZEN_ALL) != IdentifierCheck.CITIZEN_ALL
				|| !Checksums.isBirthDate(value, 6)) {
			throw new DomainException("GX-ID-003", ProblemKind.RULE_VIOLATION,
					"Not a valid citizen id (GB 11643-1999).");
		}
	}

	/** Accepts lower-case x, spaces, full-width digits and legacy 15-digit numbers. */
	public static CitizenId parse(String raw) {
		String canonical = Normaliser.canonical(raw);
		if (canonical != null && IdentifierCheck.isLegacyCitizenId(canonical)) {
			return fromLegacy(canonical);
		}
		return new CitizenId((canonical != null) ? canonical : "");
	}

	/**
	 * Converts a GB 11643-1989 number: insert the century {@code 19} before the 6-digit
	 * birth date and append the MOD 11-2 check character.
	 */
	public static CitizenId fromLegacy(String fifteen) {
		if (fifteen == null || fifteen.length() != 15 || !Checksums.allDigits(fifteen, 0, 15)) {
			throw new DomainException("GX-ID-003", ProblemKind.RULE_VIOLATION, "A legacy citizen id has 15 digits.");
		}
		String seventeen = fifteen.substring(0, 6) + "19" + fifteen.substring(6);
		return new CitizenId(seventeen + Checksums.citizenCheckCharacter(seventeen));
	}

	/**
	 * Whether a value is shaped like a citizen id, valid or not: 17 digits and a digit or
	 * X, or 15 digits. A wrong number is still somebody's: whoever reads it reads
	 * personal data.
	 */
	public static boolean looksLike(String raw) {
		if (raw == null) {
			return false;
		}
		String value = raw.strip();
		if (value.length() == 15) {
			return Checksums.allDigits(value, 0, 15);
		}
		return value.length() == 18 && Checksums.allDigits(value, 0, 17)
				&& (Character.isDigit(value.charAt(17)) || value.charAt(17) == 'X' || value.charAt(17) == 'x');
	}

	public DivisionCode division() {
		return new DivisionCode(this.value.substring(0, 6));
	}

	public LocalDate birthDate() {
		return LocalDate.of(Checksums.digits(this.value, 6, 4), Checksums.digits(this.value, 10, 2),
				Checksums.digits(this.value, 12, 2));
	}

	public Sex sex() {
		return ((this.value.charAt(16) - '0') % 2 == 1) ? Sex.MALE : Sex.FEMALE;
	}

	/**
	 * Public display form: division kept, birth date and sequence hidden, last 4 kept.
	 */
	public String masked() {
		return mask(this.value);
	}

	/**
	 * Masks anything that may be a citizen id: the first 6 and the last 4 characters stay
	 * (3 for a 15-digit number), everything between becomes {@code *}; short input is
	 * masked but for its first and last character.
	 */
	public static String mask(String raw) {
		if (raw == null) {
			return null;
		}
		int length = raw.length();
		int head = (length >= 15) ? 6 : Math.min(1, length);
		int tail = (length >= 18) ? 4 : ((length >= 15) ? 3 : ((length > 2) ? 1 : 0));
		StringBuilder masked = new StringBuilder(raw.substring(0, head));
		masked.append("*".repeat(Math.max(0, length - head - tail)));
		masked.append(raw, length - tail, length);
		return masked.toString();
	}

	@Override
	public String toString() {
		return masked();
	}

}
