package io.gongxin.catalog;

import java.util.Objects;

/**
 * One entry of a code list. Records may give either the code or the label.
 *
 * @param code short code, e.g. {@code 1}
 * @param label Chinese label, e.g. 罚款
 */
public record CodeEntry(String code, String label) {

	public CodeEntry {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(label, "label");
		if (code.isBlank() || label.isBlank()) {
			throw new IllegalArgumentException("code entries need a code and a label");
		}
	}

}
