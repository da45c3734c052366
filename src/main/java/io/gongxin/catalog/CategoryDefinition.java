package io.gongxin.catalog;

import io.gongxin.subject.SubjectType;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One category (信息类别 / 目录项) of a catalog version with its field layout.
 *
 * @param code stable code, e.g. {@code XZCF} for 行政处罚
 * @param name Chinese name
 * @param section which of the national base catalog's classes it belongs to, e.g.
 * {@code 03}
 * @param sectionName the class's Chinese name, e.g. 行政管理信息
 * @param origin national base catalog or provincial supplement
 * @param legalBasis why it may be held
 * @param subjectTypes whom it may concern
 * @param nature positive, negative or neutral
 * @param severityTiers tiers that apply, empty where the category has none
 * @param publicity publicity rule
 * @param fields the field layout, in column order
 * @param configurable whether the category was inferred (no official text found) and may
 * be adjusted locally
 * @param note reviewer's note
 */
public record CategoryDefinition(String code, String name, String section, String sectionName, Origin origin,
		LegalBasis legalBasis, Set<SubjectType> subjectTypes, Nature nature, List<SeverityTier> severityTiers,
		PublicityRule publicity, List<FieldDefinition> fields, boolean configurable, String note) {

	/** Where a category comes from. */
	public enum Origin {

		NATIONAL("全国基础目录"), PROVINCIAL("省级补充目录");

		private final String label;

		Origin(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public CategoryDefinition {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(origin, "origin");
		Objects.requireNonNull(legalBasis, "legalBasis");
		Objects.requireNonNull(nature, "nature");
		Objects.requireNonNull(publicity, "publicity");
		if (!code.matches("[A-Z][A-Z0-9_]{1,31}")) {
			throw new IllegalArgumentException("category code must be 2-32 upper-case letters, digits or _: " + code);
		}
		if (name.isBlank() || name.length() > 100) {
			throw new IllegalArgumentException("category name must have 1-100 characters: " + code);
		}
		if (subjectTypes == null || subjectTypes.isEmpty()) {
			throw new IllegalArgumentException("a category must concern at least one subject type: " + code);
		}
		subjectTypes = Collections.unmodifiableSet(EnumSet.copyOf(subjectTypes));
		severityTiers = (severityTiers == null) ? List.of() : List.copyOf(severityTiers);
		fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
		if (fields.isEmpty()) {
			throw new IllegalArgumentException("a category needs at least one field: " + code);
		}
		Set<String> codes = new HashSet<>();
		for (FieldDefinition field : fields) {
			if (!codes.add(field.code())) {
				throw new IllegalArgumentException("duplicate field " + field.code() + " in category " + code);
			}
		}
		Set<FieldRole> roles = EnumSet.noneOf(FieldRole.class);
		for (FieldDefinition field : fields) {
			if (field.role() != null && !roles.add(field.role())) {
				throw new IllegalArgumentException("two fields play the role " + field.role() + " in category " + code);
			}
		}
		for (FieldDefinition field : fields) {
			if (field.condition() != null && !codes.contains(field.condition().field())) {
				throw new IllegalArgumentException(
						"field " + field.code() + " depends on unknown field " + field.condition().field());
			}
		}
	}

	/**
	 * The field a column header names: its code (any case) or its Chinese title or an
	 * alias, ignoring spaces and full-width brackets.
	 */
	public Optional<FieldDefinition> field(String header) {
		if (header == null) {
			return Optional.empty();
		}
		String wanted = normaliseHeader(header);
		for (FieldDefinition field : this.fields) {
			if (normaliseHeader(field.code()).equals(wanted) || normaliseHeader(field.name()).equals(wanted)
					|| field.aliases().stream().anyMatch(alias -> normaliseHeader(alias).equals(wanted))) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

	/** The field playing a role, e.g. the decision date. */
	public Optional<FieldDefinition> field(FieldRole role) {
		return this.fields.stream().filter(field -> field.role() == role).findFirst();
	}

	public boolean allows(SubjectType subjectType) {
		return this.subjectTypes.contains(subjectType);
	}

	/** Header normalisation shared with the compiled rules. */
	public static String normaliseHeader(String header) {
		StringBuilder out = new StringBuilder(header.length());
		for (int i = 0; i < header.length(); i++) {
			char c = header.charAt(i);
			if (c == '\uFEFF' || Character.isWhitespace(c) || c == '\u3000') {
				continue;
			}
			out.append(switch (c) {
				case '（' -> '(';
				case '）' -> ')';
				case '＿' -> '_';
				default -> c;
			});
		}
		return out.toString().toUpperCase(Locale.ROOT);
	}

}
