package io.gongxin.identifier;

import java.util.Objects;
import java.util.function.Supplier;

import io.gongxin.identifier.internal.Checksums;
import io.gongxin.identifier.internal.Normaliser;

/**
 * Checks identifiers and returns a {@link Verdict}, never a bare boolean and never an
 * exception. {@link #verdict} is the fast path: for a valid code it runs one table-driven
 * pass, with no regular expression and no allocation. {@link #explain} builds the full
 * {@link IdentifierReport} with kind, parts and every reason.
 */
public class IdentifierCheck {

	/** 17 zeros and X: individual businesses without a code fill this in (双公示). */
	public static final String PLACEHOLDER = "00000000000000000X";

	static final int USCC_ALL = Checksums.USCC_SHAPE | Checksums.USCC_CHECK | Checksums.ORG_CHECK;

	static final int CITIZEN_ALL = Checksums.CITIZEN_SHAPE | Checksums.CITIZEN_CHECK;

	private final KnownIrregularCodes irregular;

	private final Supplier<RegistrationCategories> categories;

	public IdentifierCheck(KnownIrregularCodes irregular, Supplier<RegistrationCategories> categories) {
		this.irregular = Objects.requireNonNull(irregular, "irregular");
		this.categories = Objects.requireNonNull(categories, "categories");
	}

	/** A check with the built-in category table and an empty allow-list. */
	public static IdentifierCheck standalone() {
		RegistrationCategories builtIn = RegistrationCategories.builtIn();
		return new IdentifierCheck(KnownIrregularCodes.NONE, () -> builtIn);
	}

	public Verdict verdict(CharSequence code) {
		return verdict(code, HolderCategory.UNSPECIFIED);
	}

	public Verdict verdict(CharSequence code, HolderCategory subjectType) {
		if (code == null) {
			return Verdict.INVALID;
		}
		if (code instanceof String text && text.length() == 18
				&& (Checksums.isValidUscc(text) || Checksums.isValidCitizenId(text))) {
			return Verdict.VALID;
		}
		if (isStrictlyValid(code)) {
			return Verdict.VALID;
		}
		return irregularVerdict(code, subjectType);
	}

	/** Whether the code is valid exactly as written (any kind). */
	static boolean isStrictlyValid(CharSequence code) {
		int length = code.length();
		if (length == 18) {
			int flags = Checksums.scan18(code);
			if ((flags & USCC_ALL) == USCC_ALL) {
				return true;
			}
			return (flags & CITIZEN_ALL) == CITIZEN_ALL && Checksums.isBirthDate(code, 6);
		}
		if (length == 9) {
			char check = code.charAt(8);
			return Checksums.orgCheckCharacter(code, 0) == check;
		}
		return false;
	}

	private Verdict irregularVerdict(CharSequence code, HolderCategory subjectType) {
		if (PLACEHOLDER.contentEquals(code)) {
			return placeholderVerdict(subjectType);
		}
		String written = code.toString();
		if (written.length() <= Normaliser.MAX_INPUT && this.irregular.noteFor(written) != null) {
			return Verdict.KNOWN_IRREGULAR;
		}
		if (written.length() > Normaliser.MAX_INPUT) {
			return Verdict.INVALID;
		}
		if (Normaliser.isCanonical(written)) {
			// Nothing to normalise: spare the copy on the common invalid path.
			return isLegacyCitizenId(written) ? Verdict.NORMALISABLE : Verdict.INVALID;
		}
		String canonical = Normaliser.canonical(code);
		if (canonical == null) {
			return Verdict.INVALID;
		}
		if (isLegacyCitizenId(canonical)) {
			return Verdict.NORMALISABLE;
		}
		if (canonical.equals(written)) {
			return Verdict.INVALID;
		}
		if (isStrictlyValid(canonical)) {
			return Verdict.NORMALISABLE;
		}
		if (PLACEHOLDER.equals(canonical)) {
			return placeholderVerdict(subjectType);
		}
		return (this.irregular.noteFor(canonical) != null) ? Verdict.KNOWN_IRREGULAR : Verdict.INVALID;
	}

	private static Verdict placeholderVerdict(HolderCategory subjectType) {
		return (subjectType == HolderCategory.INDIVIDUAL_BUSINESS || subjectType == HolderCategory.UNSPECIFIED)
				? Verdict.PLACEHOLDER : Verdict.INVALID;
	}

	/** 15 digits with a real 19yy birth date: a GB 11643-1989 number. */
	static boolean isLegacyCitizenId(String canonical) {
		return canonical.length() == 15 && Checksums.allDigits(canonical, 0, 15)
				&& Checksums.isBirthDate("19" + canonical.substring(6, 12), 0);
	}

	/** The kind of an identifier, without judging it. */
	public IdentifierKind kindOf(String code) {
		String canonical = Normaliser.canonical(code);
		return (canonical == null) ? IdentifierKind.UNKNOWN : detectKind(canonical, HolderCategory.UNSPECIFIED);
	}

	/**
	 * The kind of a canonical identifier. An 18-character string is a citizen id when it
	 * has a citizen id's shape and birth date, even if it happens to satisfy the USCC
	 * checks too (the alphabets overlap): only the stated subject type overrides that.
	 */
	static IdentifierKind detectKind(String canonical, HolderCategory subjectType) {
		int length = canonical.length();
		if (length == 18) {
			int flags = Checksums.scan18(canonical);
			boolean citizenShape = (flags & Checksums.CITIZEN_SHAPE) != 0 && Checksums.isBirthDate(canonical, 6);
			boolean usccValid = (flags & USCC_ALL) == USCC_ALL;
			boolean citizenValid = citizenShape && (flags & Checksums.CITIZEN_CHECK) != 0;
			if (citizenValid && usccValid) {
				return (subjectType == HolderCategory.LEGAL_ENTITY || subjectType == HolderCategory.INDIVIDUAL_BUSINESS)
						? IdentifierKind.USCC : IdentifierKind.CITIZEN_ID;
			}
			if (citizenValid || (citizenShape && !usccValid)) {
				return IdentifierKind.CITIZEN_ID;
			}
			return IdentifierKind.USCC;
		}
		if (length == 9) {
			return IdentifierKind.ORG_CODE;
		}
		if (length == 15 && Checksums.allDigits(canonical, 0, 15)) {
			return IdentifierKind.LEGACY_CITIZEN_ID;
		}
		return IdentifierKind.UNKNOWN;
	}

	/** The canonical form of an acceptable identifier, or {@code null} if invalid. */
	public String canonical(String code, HolderCategory subjectType) {
		Verdict verdict = verdict(code, subjectType);
		if (verdict == Verdict.INVALID) {
			return null;
		}
		if (verdict == Verdict.VALID) {
			return code;
		}
		String canonical = Normaliser.canonical(code);
		if (canonical != null && isLegacyCitizenId(canonical)) {
			return CitizenId.fromLegacy(canonical).value();
		}
		return (canonical == null) ? code : canonical;
	}

	public IdentifierReport explain(String code) {
		return explain(code, HolderCategory.UNSPECIFIED);
	}

	public IdentifierReport explain(String code, HolderCategory subjectType) {
		HolderCategory type = (subjectType != null) ? subjectType : HolderCategory.UNSPECIFIED;
		return new ReportBuilder(this, this.categories.get(), this.irregular).build(code, type);
	}

}
