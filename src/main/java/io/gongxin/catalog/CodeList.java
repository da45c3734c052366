package io.gongxin.catalog;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A code list owned by the catalog (e.g. 处罚类别, 许可类别, 证件类型).
 *
 * @param code code, e.g. {@code CFLB}
 * @param name Chinese name
 * @param entries the allowed values
 * @param configurable whether the values were inferred and may be adjusted locally
 * @param note source or reason
 */
public record CodeList(String code, String name, List<CodeEntry> entries, boolean configurable, String note) {

	public CodeList {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(name, "name");
		entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
		if (!code.matches("[A-Z][A-Z0-9_]{0,31}")) {
			throw new IllegalArgumentException("code list code must be upper-case letters, digits or _: " + code);
		}
		if (entries.isEmpty()) {
			throw new IllegalArgumentException("a code list needs at least one entry: " + code);
		}
		Set<String> seen = new HashSet<>();
		for (CodeEntry entry : entries) {
			if (!seen.add(entry.code())) {
				throw new IllegalArgumentException("duplicate code " + entry.code() + " in code list " + code);
			}
		}
	}

}
