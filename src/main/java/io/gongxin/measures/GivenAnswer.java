package io.gongxin.measures;

import java.util.Objects;

/**
 * A check's answer and the JSON document stored for it, which is what the API gives: the
 * department receives the very bytes that replay and feedback later read, and the answer
 * is serialised once.
 */
public record GivenAnswer(CheckAnswer answer, String json) {

	public GivenAnswer {
		Objects.requireNonNull(answer, "answer");
		Objects.requireNonNull(json, "json");
	}

}
