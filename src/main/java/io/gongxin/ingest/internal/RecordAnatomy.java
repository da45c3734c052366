package io.gongxin.ingest.internal;

import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.FieldType;

/**
 * Which fields of a category play which part in a record: who it is about, its decision
 * date, its document number. Derived from the national naming conventions of field codes
 * ({@code CF_XDR_MC}, {@code XK_JDRQ}, {@code ZX_AH}…), so a new category that follows
 * them needs no code.
 */
record RecordAnatomy(String subjectName, String subjectCategory, String uscc, String registrationNumber, String idType,
		String idNumber, String decisionDate, String documentNumber) {

	private static final List<String> NAME = List.of("_XDR_MC", "_ZTMC", "_XM");

	private static final List<String> CATEGORY = List.of("_XDR_LB", "_ZTLB", "_ZTLX");

	private static final List<String> USCC = List.of("_XDR_SHXYM", "_SHXYM");

	private static final List<String> REGISTRATION = List.of("_XDR_GSZC");

	private static final List<String> ID_TYPE = List.of("_XDR_ZJLX", "_ZJLX");

	private static final List<String> ID_NUMBER = List.of("_XDR_ZJHM", "_ZJHM");

	private static final List<String> DATE = List.of("_JDRQ", "_RDRQ", "_LRRQ", "_FBRQ", "_FZRQ", "_DJRQ", "_CLRQ",
			"_TGRQ", "_TJRQ", "_RQ");

	private static final List<String> DOCUMENT = List.of("_WSH", "_AH", "_XKBH", "_ZSBH", "_DJH", "_YJWH");

	static RecordAnatomy of(CategoryDefinition category) {
		List<FieldDefinition> fields = category.fields();
		return new RecordAnatomy(role(category, FieldRole.SUBJECT_NAME).or(() -> find(fields, NAME, null)).orElse(null),
				role(category, FieldRole.SUBJECT_CATEGORY).or(() -> find(fields, CATEGORY, null)).orElse(null),
				role(category, FieldRole.SUBJECT_USCC).or(() -> find(fields, USCC, FieldType.IDENTIFIER)).orElse(null),
				role(category, FieldRole.SUBJECT_REGISTRATION_NUMBER)
					.or(() -> find(fields, REGISTRATION, FieldType.IDENTIFIER))
					.orElse(null),
				role(category, FieldRole.SUBJECT_DOCUMENT_TYPE).or(() -> find(fields, ID_TYPE, null)).orElse(null),
				role(category, FieldRole.SUBJECT_DOCUMENT_NUMBER)
					.or(() -> find(fields, ID_NUMBER, FieldType.IDENTIFIER))
					.orElse(null),
				role(category, FieldRole.DECISION_DATE).or(() -> find(fields, DATE, FieldType.DATE))
					.or(() -> fields.stream()
						.filter(f -> f.type() == FieldType.DATE)
						.map(FieldDefinition::code)
						.findFirst())
					.orElse(null),
				role(category, FieldRole.DOCUMENT_NUMBER).or(() -> find(fields, DOCUMENT, null)).orElse(null));
	}

	/**
	 * The catalog names the field's role where its reviewers did; the naming convention
	 * covers the rest.
	 */
	private static Optional<String> role(CategoryDefinition category, FieldRole role) {
		return category.field(role).map(FieldDefinition::code);
	}

	private static Optional<String> find(List<FieldDefinition> fields, List<String> suffixes, FieldType type) {
		for (String suffix : suffixes) {
			for (FieldDefinition field : fields) {
				boolean legalRepresentative = field.code().contains("_FR_") || field.code().contains("_FDDBR");
				if (field.code().endsWith(suffix) && !legalRepresentative && (type == null || field.type() == type)) {
					return Optional.of(field.code());
				}
			}
		}
		return Optional.empty();
	}

}
