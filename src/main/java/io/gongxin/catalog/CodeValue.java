package io.gongxin.catalog;

import java.util.Objects;

/**
 * One entry of a code-list value, whichever way it was filed: the code ({@code 01}) and
 * the label (警告) of the catalog version the record was validated against. A value the
 * code list does not know (only possible in records stored before it was checked) keeps
 * what was filed as both.
 */
public record CodeValue(String code, String label) {

	public CodeValue {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(label, "label");
	}

}
