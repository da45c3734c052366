package io.gongxin.identifier;

import java.util.Objects;

/**
 * Why an identifier got its verdict, or what a caller should know about it.
 *
 * @param code stable code, e.g. {@code GX-ID-013}
 * @param message explanation for people
 * @param warning {@code true} when the reason does not make the identifier invalid
 */
public record Reason(String code, String message, boolean warning) {

	public Reason {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
	}

	static Reason error(String code, String message) {
		return new Reason(code, message, false);
	}

	static Reason warning(String code, String message) {
		return new Reason(code, message, true);
	}

}
