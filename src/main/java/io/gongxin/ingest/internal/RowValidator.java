package io.gongxin.ingest.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.gongxin.calendar.WorkingDays;
import io.gongxin.catalog.CatalogRules;
import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.CodeValue;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.FieldType;
import io.gongxin.catalog.RecordFacts;
import io.gongxin.catalog.RuleViolation;
import io.gongxin.identifier.IdentifierCheck;
import io.gongxin.identifier.IdentifierReport;
import io.gongxin.identifier.Reason;
import io.gongxin.ingest.RejectionReason;
import io.gongxin.platform.StorableText;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.Sha256;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;

/**
 * Validates one row of a category: the catalog's field and exclusion rules for the
 * version in force on the decision date, identifiers through the identifier module, dates
 * not in the future, and the 7-working-day reporting rule (late rows are accepted and
 * marked). Every reason is collected; nothing stops at the first.
 */
final class RowValidator {

	/** 《关于进一步做好行政许可和行政处罚等信用信息公示工作的指导意见》: publish within 7 working days. */
	static final int REPORTING_WORKING_DAYS = 7;

	private final CatalogRules rules;

	private final IdentifierCheck identifiers;

	private final WorkingDays workingDays;

	private final VersionLookup versions;

	private final String categoryCode;

	private final LocalDate today;

	private final JurisdictionPolicy jurisdiction;

	/**
	 * Working days from each decision date seen in the batch to today (a batch has few
	 * distinct dates).
	 */
	private final Map<LocalDate, Integer> elapsed = new java.util.HashMap<>();

	/**
	 * The catalog version in force on a day, and the catalog's reading of a row under it.
	 */
	interface VersionLookup {

		CatalogVersionId versionOn(LocalDate day);

		RecordFacts read(CatalogVersionId version, Map<String, String> values);

	}

	RowValidator(CatalogRules rules, IdentifierCheck identifiers, WorkingDays workingDays, VersionLookup versions,
			String categoryCode, LocalDate today, JurisdictionPolicy jurisdiction) {
		this.rules = rules;
		this.identifiers = identifiers;
		this.workingDays = workingDays;
		this.versions = versions;
		this.categoryCode = categoryCode;
		this.today = today;
		this.jurisdiction = jurisdiction;
	}

	ValidatedRow validate(int rowNumber, Map<String, String> byCode, List<String> formulaFields, String problem) {
		List<RejectionReason> reasons = new ArrayList<>();
		byCode = refuseControlCharacters(byCode, reasons);
		if (problem != null) {
			reasons.add(new RejectionReason(null, "ROW_STRUCTURE", problem, null));
		}
		for (String field : formulaFields) {
			reasons.add(new RejectionReason(field, "FORMULA", "单元格含有公式，不得作为信用信息报送", byCode.get(field)));
		}
		// The decision date picks the version, so it is read under today's version first.
		CatalogVersionId todays = this.versions.versionOn(this.today);
		RecordFacts facts = this.versions.read(todays, byCode);
		LocalDate decisionDate = facts.decisionDate();
		CatalogVersionId version = this.versions.versionOn((decisionDate != null) ? decisionDate : this.today);
		if (!version.equals(todays)) {
			facts = this.versions.read(version, byCode);
			decisionDate = facts.decisionDate();
		}

		SubjectType subjectType = subjectType(facts);
		for (RuleViolation violation : this.rules.check(version, this.categoryCode, subjectType, byCode)) {
			reasons.add(new RejectionReason(violation.fieldCode(), violation.ruleCode(), violation.message(),
					violation.value()));
		}
		Map<String, String> fields = facts.normalised();
		for (FieldDefinition field : facts.category().fields()) {
			String value = fields.get(field.code());
			if (value != null && field.type() == FieldType.IDENTIFIER && isCheckedIdentifier(field, facts)) {
				fields.put(field.code(), checkIdentifier(field, value, subjectType, reasons));
			}
		}
		if (decisionDate != null && decisionDate.isAfter(this.today)) {
			reasons.add(new RejectionReason(facts.decisionDateField(), "DATE_IN_FUTURE", "决定日期晚于报送日期",
					decisionDate.toString()));
		}
		SubjectKey key = subjectKey(facts, fields, subjectType, reasons);
		String name = facts.value(FieldRole.SUBJECT_NAME);
		if (name == null && reasons.isEmpty()) {
			reasons
				.add(new RejectionReason(facts.fieldCode(FieldRole.SUBJECT_NAME), "MISSING_MANDATORY", "缺少主体名称", null));
		}
		this.jurisdiction.apply(rowNumber, facts.category(), fields, reasons);
		if (!reasons.isEmpty()) {
			return new ValidatedRow.Invalid(rowNumber, byCode, reasons);
		}
		Integer elapsed = workingDaysSince(decisionDate);
		String hash = contentHash(fields);
		String documentNumber = facts.value(FieldRole.DOCUMENT_NUMBER);
		String document = (documentNumber != null) ? documentNumber : "#" + hash;
		return new ValidatedRow.Valid(rowNumber, version.value(), key, subjectType, name, document, decisionDate,
				(elapsed != null) ? elapsed > REPORTING_WORKING_DAYS : null, elapsed, fields, hash);
	}

	/**
	 * Control characters (other than tab and line breaks) are not text a clerk typed; NUL
	 * cannot even be stored. The row is refused, and the stored copy shows U+FFFD where
	 * NUL was.
	 */
	private static Map<String, String> refuseControlCharacters(Map<String, String> byCode,
			List<RejectionReason> reasons) {
		Map<String, String> cleaned = null;
		for (Map.Entry<String, String> entry : byCode.entrySet()) {
			String value = entry.getValue();
			if (value == null || !hasControlCharacter(value)) {
				continue;
			}
			String shown = StorableText.of(value);
			reasons.add(new RejectionReason(entry.getKey(), "CONTROL_CHARACTER", "含有不可见的控制字符", shown));
			if (cleaned == null) {
				cleaned = new LinkedHashMap<>(byCode);
			}
			cleaned.put(entry.getKey(), shown);
		}
		return (cleaned != null) ? cleaned : byCode;
	}

	private static boolean hasControlCharacter(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
				return true;
			}
		}
		return false;
	}

	/**
	 * The subject's USCC-kind codes always; the document number only when it is a citizen
	 * id. Authority and source codes are checked by the catalog's field rules.
	 */
	private static boolean isCheckedIdentifier(FieldDefinition field, RecordFacts facts) {
		if (field.identifierKind() == io.gongxin.catalog.IdentifierKind.USCC) {
			return true;
		}
		if (field.role() == FieldRole.SUBJECT_DOCUMENT_NUMBER) {
			return isCitizenIdType(facts);
		}
		return false;
	}

	private String checkIdentifier(FieldDefinition field, String value, SubjectType subjectType,
			List<RejectionReason> reasons) {
		IdentifierReport report = this.identifiers.explain(value, identifierSubjectType(subjectType));
		if (!report.verdict().acceptable()) {
			String why = String.join("；", report.errors().stream().map(Reason::message).toList());
			reasons.add(new RejectionReason(field.code(), "IDENTIFIER_INVALID",
					field.name() + "不符合国家标准：" + (why.isEmpty() ? "校验失败" : why), value));
			return value;
		}
		return (report.canonical() != null) ? report.canonical() : value;
	}

	private SubjectKey subjectKey(RecordFacts facts, Map<String, String> fields, SubjectType type,
			List<RejectionReason> reasons) {
		if (!reasons.isEmpty()) {
			return null;
		}
		String usccField = facts.fieldCode(FieldRole.SUBJECT_USCC);
		String idField = facts.fieldCode(FieldRole.SUBJECT_DOCUMENT_NUMBER);
		try {
			if (type == SubjectType.NATURAL_PERSON) {
				String id = (idField != null) ? fields.get(idField) : null;
				if (id != null && isCitizenIdType(facts)) {
					return SubjectKey.citizenId(id);
				}
				reasons.add(new RejectionReason(idField, "NO_SUBJECT_IDENTIFIER", "自然人须报送居民身份证号码", null));
				return null;
			}
			String uscc = (usccField != null) ? fields.get(usccField) : null;
			if (uscc != null && !IdentifierCheck.PLACEHOLDER.equals(uscc)) {
				return SubjectKey.uscc(uscc);
			}
			String registration = facts.value(FieldRole.SUBJECT_REGISTRATION_NUMBER);
			if (uscc != null && type != SubjectType.INDIVIDUAL_BUSINESS) {
				reasons.add(new RejectionReason(usccField, "PLACEHOLDER_NOT_ALLOWED", "17个0加X的代码只能用于无统一社会信用代码的个体工商户",
						uscc));
				return null;
			}
			if (registration != null && registration.length() == 15) {
				return new SubjectKey(SubjectKey.Kind.REGISTRATION_NUMBER, registration);
			}
			reasons.add(new RejectionReason(usccField, "NO_SUBJECT_IDENTIFIER",
					(uscc != null) ? "使用17个0加X时须填写15位工商注册号" : "缺少统一社会信用代码", uscc));
			return null;
		}
		catch (IllegalArgumentException ex) {
			reasons.add(new RejectionReason(usccField, "NO_SUBJECT_IDENTIFIER", "主体标识不规范", null));
			return null;
		}
	}

	/**
	 * Whom a record is about: the filed subject category (行政相对人类别 or 主体类型, by code or
	 * label), else a citizen id without a USCC makes a person, else the USCC's
	 * registering department and organisation category.
	 */
	static SubjectType subjectType(RecordFacts facts) {
		List<CodeValue> category = facts.codes(FieldRole.SUBJECT_CATEGORY);
		String uscc = facts.value(FieldRole.SUBJECT_USCC);
		if (!category.isEmpty()) {
			CodeValue filed = category.get(0);
			switch (filed.code()) {
				case "2" -> {
					return SubjectType.NATURAL_PERSON;
				}
				case "3" -> {
					return SubjectType.INDIVIDUAL_BUSINESS;
				}
				default -> {
					for (SubjectType type : SubjectType.values()) {
						if (type.name().equals(filed.code()) || type.label().equals(filed.label())) {
							return type;
						}
					}
				}
			}
		}
		if (uscc == null && facts.value(FieldRole.SUBJECT_DOCUMENT_NUMBER) != null) {
			return SubjectType.NATURAL_PERSON;
		}
		return fromUscc(uscc);
	}

	/** GB 32100 positions 1–2: registering department and organisation category. */
	static SubjectType fromUscc(String uscc) {
		if (uscc == null || uscc.length() < 2) {
			return SubjectType.ENTERPRISE;
		}
		char department = Character.toUpperCase(uscc.charAt(0));
		char kind = uscc.charAt(1);
		return switch (department) {
			case '1' -> SubjectType.PUBLIC_INSTITUTION;
			case '5' -> SubjectType.SOCIAL_ORGANIZATION;
			case 'N' -> SubjectType.FARMER_COOPERATIVE;
			case '9' -> (kind == '2') ? SubjectType.INDIVIDUAL_BUSINESS
					: (kind == '3') ? SubjectType.FARMER_COOPERATIVE : SubjectType.ENTERPRISE;
			case '0' -> SubjectType.INDIVIDUAL_BUSINESS;
			default -> SubjectType.OTHER;
		};
	}

	private static io.gongxin.identifier.HolderCategory identifierSubjectType(SubjectType type) {
		return switch (type) {
			case NATURAL_PERSON -> io.gongxin.identifier.HolderCategory.NATURAL_PERSON;
			case INDIVIDUAL_BUSINESS -> io.gongxin.identifier.HolderCategory.INDIVIDUAL_BUSINESS;
			default -> io.gongxin.identifier.HolderCategory.LEGAL_ENTITY;
		};
	}

	/**
	 * 证件类型 001 is the resident identity card (居民身份证); an unfiled type is taken as one.
	 * The catalog reads a label (身份证) as its code.
	 */
	private static boolean isCitizenIdType(RecordFacts facts) {
		List<CodeValue> type = facts.codes(FieldRole.SUBJECT_DOCUMENT_TYPE);
		return type.isEmpty() || type.get(0).code().equals("001") || type.get(0).code().equals("居民身份证");
	}

	private Integer workingDaysSince(LocalDate decisionDate) {
		if (decisionDate == null) {
			return null;
		}
		return this.elapsed.computeIfAbsent(decisionDate, day -> {
			try {
				return this.workingDays.workingDaysBetween(day, this.today);
			}
			catch (DomainException ex) {
				// a year without holiday data: timeliness is unknown, never guessed
				return null;
			}
		});
	}

	static String clean(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	static String contentHash(Map<String, String> fields) {
		StringBuilder canonical = new StringBuilder(512);
		new TreeMap<>(fields).forEach((code, value) -> canonical.append(code)
			.append('=')
			.append(value.length())
			.append(':')
			.append(value)
			.append('\n'));
		return Sha256.hex(canonical.toString());
	}

}
