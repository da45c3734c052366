package io.gongxin.content;

import java.util.Arrays;
import java.util.Optional;

/** A portal column (栏目) articles are published in. */
public enum Column {

	POLICY("政策法规"), NEWS("信用动态"), NOTICE("通知公告");

	private final String label;

	Column(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Only notices may be pinned above the rest of their column. */
	public boolean pinnable() {
		return this == NOTICE;
	}

	/** The column a request names (its code), or empty for anything else. */
	public static Optional<Column> of(String code) {
		return Arrays.stream(values()).filter(column -> column.name().equals(code)).findFirst();
	}

}
