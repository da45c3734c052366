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
			this.reasons.add(Reason.error("GX-ID-010", "未填写代码。"));
			return report(display, IdentifierKind.UNKNOWN, verdict, null);
		}
		String canonical = Normaliser.canonical(input);
		if (canonical == null) {
			this.reasons.add(Reason.error("GX-ID-011",
					"填写的代码有 " + input.length() + " 位；统一社会信用代码和身份证号码为18位，旧身份证号码为15位，组织机构代码为9位。"));
			return report(display, IdentifierKind.UNKNOWN, verdict, null);
		}
		String target = canonical;
		IdentifierKind kind = IdentifierCheck.detectKind(canonical, subjectType);
		if (verdict == Verdict.NORMALISABLE && IdentifierCheck.isLegacyCitizenId(canonical)) {
			target = CitizenId.fromLegacy(canonical).value();
			this.reasons.add(Reason.warning("GX-ID-022", "15位旧身份证号码已转换为18位（出生年份前补“19”，并补上校验码）。"));
		}
		else if (!canonical.equals(input)) {
			this.reasons.add(Reason.warning("GX-ID-021", "代码书写不规范（小写字母、全角字符、空格或连字符），已按标准形式读取。"));
		}
		switch (verdict) {
			case VALID, NORMALISABLE -> describe(target, kind, subjectType);
			case PLACEHOLDER -> this.reasons.add(Reason.warning("GX-ID-024", "无代码个体工商户的占位代码，须同时填写工商注册号。"));
			case KNOWN_IRREGULAR -> {
				String note = this.irregular.noteFor(input);
				note = (note != null) ? note : this.irregular.noteFor(canonical);
				this.reasons.add(Reason.warning("GX-ID-025", "已登记为已知不规范代码：" + note));
				diagnose(canonical, kind, true);
			}
			case INVALID -> {
				if (IdentifierCheck.PLACEHOLDER.equals(canonical)) {
					this.reasons.add(Reason.error("GX-ID-016", "占位代码只适用于个体工商户。"));
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
					this.reasons.add(Reason.warning("GX-ID-023", "该代码同时符合统一社会信用代码规则，已按身份证号码读取；请注明主体类别。"));
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
			this.reasons
				.add(Reason.warning("GX-ID-020", "登记管理部门和机构类别代码 " + department + category + " 不在参照表中（可能为新增类别），请核实。"));
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
				this.found
					.add(Reason.error("GX-ID-011", "代码有 " + length + " 位；统一社会信用代码和身份证号码为18位，旧身份证号码为15位，组织机构代码为9位。"));
				characters(0, length, false);
				return this.found;
			}
			switch (this.kind) {
				case CITIZEN_ID -> citizen();
				case LEGACY_CITIZEN_ID -> this.found.add(Reason.error("GX-ID-015", "旧身份证号码第7至12位不是有效的出生日期（年月日各两位）。"));
				case ORG_CODE -> org();
				default -> uscc();
			}
			return this.found;
		}

		private void uscc() {
			if (this.code.length() != 18) {
				this.found.add(Reason.error("GX-ID-011", "代码有 " + this.code.length() + " 位；统一社会信用代码为18位。"));
				characters(0, this.code.length(), false);
				return;
			}
			boolean charactersOk = characters(0, 18, true);
			if (!Checksums.allDigits(this.code, 2, 8)) {
				this.found.add(Reason.error("GX-ID-017", "第3至8位（登记管理机关行政区划码）须为6位数字。"));
				charactersOk = false;
			}
			if (!charactersOk) {
				return;
			}
			char expected = Checksums.usccCheckCharacter(this.code);
			if (expected != this.code.charAt(17)) {
				this.found.add(Reason.error("GX-ID-013",
						"第18位校验码为 " + this.code.charAt(17) + "，按GB 32100计算应为 " + expected + "。"));
			}
			char orgExpected = Checksums.orgCheckCharacter(this.code, 8);
			if (orgExpected != this.code.charAt(16)) {
				this.found.add(Reason.error("GX-ID-014",
						"其中组织机构代码的校验码（第17位）为 " + this.code.charAt(16) + "，按GB 11714计算应为 " + orgExpected + "。"));
			}
		}

		private void citizen() {
			if (!Checksums.isBirthDate(this.code, 6)) {
				this.found.add(Reason.error("GX-ID-015", "第7至14位不是有效的出生日期（年月日）。"));
			}
			char expected = Checksums.citizenCheckCharacter(this.code);
			if (expected != this.code.charAt(17)) {
				this.found.add(Reason.error("GX-ID-013", "第18位校验码不符合GB 11643的计算结果。"));
			}
		}

		private void org() {
			boolean ok = true;
			for (int i = 0; i < 8; i++) {
				if (Checksums.orgValue(this.code.charAt(i)) < 0) {
					charError(i, this.code.charAt(i), "不是数字或大写字母");
					ok = false;
				}
			}
			char expected = ok ? Checksums.orgCheckCharacter(this.code, 0) : '?';
			if (ok && expected != this.code.charAt(8)) {
				this.found.add(Reason.error("GX-ID-014",
						"第9位校验码为 " + this.code.charAt(8) + "，按GB 11714计算应为 " + expected + "。"));
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
						charError(i, c, usccAlphabet ? "不是统一社会信用代码允许的字符（数字和除I、O、Z、S、V以外的大写字母）" : "不能出现在代码中");
						reported++;
					}
				}
			}
			if (bad > reported) {
				this.found.add(Reason.error("GX-ID-012", "另有 " + (bad - reported) + " 个字符不允许使用。"));
			}
			return ok;
		}

		private void charError(int index, char c, String why) {
			String shown = Character.isSurrogate(c) ? "U+" + Integer.toHexString(c).toUpperCase()
					: (Character.isISOControl(c) ? "U+" + String.format("%04X", (int) c) : String.valueOf(c));
			this.found.add(Reason.error("GX-ID-012", "第" + (index + 1) + "位“" + shown + "”" + why + "。"));
		}

	}

}
