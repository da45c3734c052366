package io.gongxin.evaluation;

import java.util.function.Function;

import io.gongxin.platform.DomainException;

/**
 * A text an officer must fill in, within its length, refused in Chinese by the caller's
 * code.
 */
final class FormText {

	private FormText() {
	}

	static String required(String value, int max, String what, Function<String, DomainException> invalid) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw invalid.apply(what + "须填写，且不超过" + max + "字");
		}
		return value.strip();
	}

}
