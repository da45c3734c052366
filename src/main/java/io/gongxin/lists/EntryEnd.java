package io.gongxin.lists;

/** How a list entry stopped counting before (or instead of) its exit date. */
public enum EntryEnd {

	/** A corrected record with the same document number replaced it (更正). */
	CORRECTED("已更正"),
	/**
	 * The listing decision was revoked, or the court deleted the 失信 information (撤销 /
	 * 法院删除).
	 */
	REVOKED("已撤销"),
	/** Removed early through credit repair (信用修复). */
	REPAIRED("信用修复移出");

	private final String label;

	EntryEnd(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
