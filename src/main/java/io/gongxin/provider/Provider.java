package io.gongxin.provider;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A department that files credit information.
 *
 * @param code the platform's short code for the department, e.g. {@code GZ-SCJGJ}
 * @param name its official Chinese name
 * @param uscc its unified social credit code, as registered
 * @param divisionCode the 6-digit administrative division it serves
 * @param active whether it currently files data
 * @param version optimistic-locking version
 */
public record Provider(String code, String name, String uscc, String divisionCode, boolean active, int version) {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");

	private static final Pattern DIVISION = Pattern.compile("\\d{6}");

	public Provider {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		if (!CODE.matcher(code).matches()) {
			throw new IllegalArgumentException("provider code must be 2-32 upper-case letters, digits or dashes");
		}
		if (name.isBlank() || name.length() > 100) {
			throw new IllegalArgumentException("provider name must have 1-100 characters");
		}
		if (divisionCode != null && !DIVISION.matcher(divisionCode).matches()) {
			throw new IllegalArgumentException("division code must have 6 digits");
		}
	}

}
