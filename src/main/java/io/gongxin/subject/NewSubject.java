package io.gongxin.subject;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What is needed to register a subject.
 */
public record NewSubject(SubjectType type, String name, SubjectKey key, String legalRepresentative,
		SubjectStatus status, String divisionCode, String registeringAuthority, LocalDate registeredOn) {

	public NewSubject {
		Objects.requireNonNull(type, "type");
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new IllegalArgumentException("a subject name has 1-200 characters");
		}
		name = name.strip();
		if (status == null) {
			status = SubjectStatus.ACTIVE;
		}
		if (key != null && type.isPerson() != (key.kind() == SubjectKey.Kind.CITIZEN_ID)) {
			throw new IllegalArgumentException("natural persons are keyed by citizen id, organisations are not");
		}
		if (divisionCode != null && !divisionCode.matches("\\d{6}")) {
			throw new IllegalArgumentException("division code must have 6 digits");
		}
	}

	public static NewSubject of(SubjectType type, String name, SubjectKey key) {
		return new NewSubject(type, name, key, null, SubjectStatus.ACTIVE, null, null, null);
	}

}
