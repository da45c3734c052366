package io.gongxin.identifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.identifier.internal.Checksums;
import io.gongxin.identifier.internal.Normaliser;

/**
 * Builds an {@link IdentifierReport}: runs on the slow path only, so it may allocate
 * freely and lists every reason it finds.
 */
final class ReportBuilder {

	private static final int MAX_CHARACTER_REASONS = 5;

	private final IdentifierCheck check;

	private final RegistrationCategories categories;

	private final KnownIrregularCodes irregular;

	private final List<Reason> reasons = new ArrayList<>();

	private final Map<String, String> parts = new LinkedHashMap<>();

	ReportBuilder(IdentifierCheck check, RegistrationCategories categories, KnownIrregularCodes irregular) {
		this.check = check;
		this.categories = categories;
		this.irregular = irregular;
	}

	IdentifierReport build(String input, HolderCategory subjectType) {
		Verdict verdict = this.check.verdict(input, subjectType);
		String display = display(input);
		if (input == null || input.isBlank()) {
			this.reasons.add(Reason.error("GX-ID-010", "No identifier was given."));
			return report(display, IdentifierKind.UNKNOWN, verdict, null);
		}
		String canonical = Normaliser.canonical(input);
		if (canonical == null) {
			this.reasons.add(Reason.error("GX-ID-011", "The input has " + input.length()
					+ " characters; an identifier has 18 (USCC, citizen id), 15 (legacy citizen id) or 9 (organisation code)."));
			return report(display, IdentifierKind.UNKNOWN, verdict, null);
		}
		String target = canonical;
		IdentifierKind kind = IdentifierCheck.detectKind(canonical, subjectType);
		if (verdict == Verdict.NORMALISABLE && IdentifierCheck.isLegacyCitizenId(canonical)) {
			target = CitizenId.fromLegacy(canonical).value();
			this.reasons.add(Reason.warning("GX-ID-022",
					"Legacy 15-digit citizen id converted to 18 digits (century 19, check character added)."));
		}
		else if (!canonical.equals(input)) {
			this.reasons.add(Reason.warning("GX-ID-021",
					"Written in non-canonical form (lower case, full-width characters, spaces or dashes)."));
		}
		switch (verdict) {
			case VALID, NORMALISABLE -> describe(target, kind, subjectType);
			case PLACEHOLDER -> this.reasons.add(Reason.warning("GX-ID-024",
					"Placeholder for an individual business without a code; the registration number (工商注册号) is mandatory."));
			case KNOWN_IRREGULAR -> {
				String note = this.irregular.noteFor(input);
				note = (note != null) ? note : this.irregular.noteFor(canonical);
				this.reasons.add(Reason.warning("GX-ID-025", "Listed as a known irregular code: " + note));
				diagnose(canonical, kind, true);
			}
			case INVALID -> {
				if (IdentifierCheck.PLACEHOLDER.equals(canonical)) {
					this.reasons.add(Reason.error("GX-ID-016",
							"The placeholder code is only accepted for individual businesses (个体工商户)."));
				}
				else {
					diagnose(canonical, kind, false);
				}
			}
		}
		return report(display, kind, verdict, (verdict == Verdict.INVALID) ? null : target);
	}

	private IdentifierReport report(String display, IdentifierKind kind, Verdict verdict, String canonical) {
		List<Reason> ordered = new ArrayList<>(this.reasons.stream().filter((r) -> !r.warning()).toList());
		ordered.addAll(this.reasons.stream().filter(Reason::warning).toList());
		return new IdentifierReport(display, kind, verdict, canonical, ordered, this.parts, false);
	}

	private void describe(String code, IdentifierKind kind, HolderCategory subjectType) {
		switch (kind) {
			case USCC -> describeUscc(code);
			case CITIZEN_ID, LEGACY_CITIZEN_ID -> {
				CitizenId id = new CitizenId(code);
				this.parts.put("division", id.division().value());
				this.parts.put("birthDate", id.birthDate().toString());
				this.parts.put("sex", id.sex().name());
				this.parts.put("sequence", code.substring(14, 17));
				if ((Checksums.scan18(code) & IdentifierCheck.USCC_ALL) == IdentifierCheck.USCC_ALL) {
					this.reasons.add(Reason.warning("GX-ID-023",
							"Also satisfies the USCC checks; read as a citizen id. State the subject type to decide."));
				}
			}
			case ORG_CODE -> {
				this.parts.put("body", code.substring(0, 8));
				this.parts.put("checkCharacter", code.substring(8));
			}
			default -> {
			}
		}
	}

	private void describeUscc(String code) {
		char department = code.charAt(0);
		char category = code.charAt(1);
		this.parts.put("registrationDepartment",
				department + " " + nameOrUnknown(this.categories.departmentName(department)));
		this.parts.put("category", category + " " + nameOrUnknown(this.categories.categoryName(department, category)));
		this.parts.put("division", code.substring(2, 8));
		this.parts.put("orgCode", code.substring(8, 17));
		this.parts.put("checkCharacter", code.substring(17));
		if (!this.categories.isKnown(department, category)) {
			this.reasons.add(Reason.warning("GX-ID-020", "Registration department/category pair " + department
					+ category + " is not in the reference table (CODS may have added it); please verify."));
		}
	}

	private static String nameOrUnknown(String name) {
		return (name != null) ? name : "(未知)";
	}

	private void diagnose(String code, IdentifierKind kind, boolean asWarnings) {
		List<Reason> found = new Diagnosis(code, kind).reasons();
		for (Reason reason : found) {
			this.reasons.add(asWarnings ? Reason.warning(reason.code(), reason.message()) : reason);
		}
	}

	private static String display(String input) {
		if (input == null) {
			return null;
		}
		if (input.length() <= Normaliser.MAX_INPUT) {
			return input;
		}
		int end = Character.isHighSurrogate(input.charAt(60)) ? 60 : 61;
		return input.substring(0, end) + "…";
	}

	/** Every reason an identifier of a given kind fails; bounded for long inputs. */
	private static final class Diagnosis {

		private final String code;

		private final IdentifierKind kind;

		private final List<Reason> found = new ArrayList<>();

		Diagnosis(String code, IdentifierKind kind) {
			this.code = code;
			this.kind = kind;
		}

		List<Reason> reasons() {
			int length = this.code.length();
			if (length != 18 && length != 15 && length != 9) {
				this.found.add(Reason.error("GX-ID-011", "Has " + length
						+ " characters; an identifier has 18 (USCC, citizen id), 15 (legacy citizen id) or 9 (organisation code)."));
				characters(0, length, false);
				return this.found;
			}
			switch (this.kind) {
				case CITIZEN_ID -> citizen();
				case LEGACY_CITIZEN_ID -> this.found.add(Reason.error("GX-ID-015",
						"Positions 7–12 are not a real birth date (YYMMDD) of a legacy citizen id."));
				case ORG_CODE -> org();
				default -> uscc();
			}
			return this.found;
		}

		private void uscc() {
			if (this.code.length() != 18) {
				this.found.add(Reason.error("GX-ID-011", "Has " + this.code.length() + " characters; a USCC has 18."));
				characters(0, this.code.length(), false);
				return;
			}
			boolean charactersOk = characters(0, 18, true);
			if (!Checksums.allDigits(this.code, 2, 8)) {
				this.found.add(Reason.error("GX-ID-017", "Positions 3–8 (division code) must be 6 digits."));
				charactersOk = false;
			}
			if (!charactersOk) {
				return;
			}
			char expected = Checksums.usccCheckCharacter(this.code);
			if (expected != this.code.charAt(17)) {
				this.found.add(Reason.error("GX-ID-013", "Check character (position 18) is " + this.code.charAt(17)
						+ " but GB 32100 mod 31 gives " + expected + "."));
			}
			char orgExpected = Checksums.orgCheckCharacter(this.code, 8);
			if (orgExpected != this.code.charAt(16)) {
				this.found.add(Reason.error("GX-ID-014", "Embedded organisation code check character (position 17) is "
						+ this.code.charAt(16) + " but GB 11714 gives " + orgExpected + "."));
			}
		}

		private void citizen() {
			if (!Checksums.isBirthDate(this.code, 6)) {
				this.found.add(Reason.error("GX-ID-015", "Positions 7–14 are not a real birth date (YYYYMMDD)."));
			}
			char expected = Checksums.citizenCheckCharacter(this.code);
			if (expected != this.code.charAt(17)) {
				this.found
					.add(Reason.error("GX-ID-013", "Check character (position 18) does not match GB 11643 MOD 11-2."));
			}
		}

		private void org() {
			boolean ok = true;
			for (int i = 0; i < 8; i++) {
				if (Checksums.orgValue(this.code.charAt(i)) < 0) {
					charError(i, this.code.charAt(i), "is not a digit or capital letter");
					ok = false;
				}
			}
			char expected = ok ? Checksums.orgCheckCharacter(this.code, 0) : '?';
			if (ok && expected != this.code.charAt(8)) {
				this.found.add(Reason.error("GX-ID-014", "Check character (position 9) is " + this.code.charAt(8)
						+ " but GB 11714 gives " + expected + "."));
			}
		}

		/** Reports characters outside the USCC alphabet (or any non-alphanumerics). */
		private boolean characters(int from, int to, boolean usccAlphabet) {
			boolean ok = true;
			int reported = 0;
			int bad = 0;
			for (int i = from; i < to; i++) {
				char c = this.code.charAt(i);
				boolean allowed = usccAlphabet ? Checksums.usccValue(c) >= 0 : Checksums.orgValue(c) >= 0;
				if (!allowed) {
					ok = false;
					bad++;
					if (reported < MAX_CHARACTER_REASONS) {
						charError(i, c, usccAlphabet
								? "is not in the USCC character set (digits and capital letters except I, O, Z, S, V)"
								: "cannot occur in an identifier");
						reported++;
					}
				}
			}
			if (bad > reported) {
				this.found.add(Reason.error("GX-ID-012", (bad - reported) + " more characters are not allowed."));
			}
			return ok;
		}

		private void charError(int index, char c, String why) {
			String shown = Character.isSurrogate(c) ? "U+" + Integer.toHexString(c).toUpperCase()
					: (Character.isISOControl(c) ? "U+" + String.format("%04X", (int) c) : String.valueOf(c));
			this.found.add(Reason.error("GX-ID-012", "Position " + (index + 1) + ": '" + shown + "' " + why + "."));
		}

	}

}
