package io.gongxin.commitment;

/**
 * Where a commitment stands: awaiting the department's finding, or found kept or broken.
 */
public enum CommitmentState {

	PENDING("履约中"), FULFILLED("已履约"), BROKEN("未履约");

	private final String label;

	CommitmentState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The state a department's 履约情况 text means, if it names one. */
	public static java.util.Optional<CommitmentState> fromFiled(String text) {
		if (text == null || text.isBlank()) {
			return java.util.Optional.empty();
		}
		String value = text.strip();
		if (value.startsWith("未履") || value.startsWith("违") || value.contains("失信") || value.equals("BROKEN")) {
			return java.util.Optional.of(BROKEN);
		}
		if (value.startsWith("已履") || value.startsWith("全部履行") || value.startsWith("履约完毕")
				|| value.equals("FULFILLED")) {
			return java.util.Optional.of(FULFILLED);
		}
		if (value.startsWith("履约中") || value.startsWith("待核") || value.equals("PENDING")) {
			return java.util.Optional.of(PENDING);
		}
		return java.util.Optional.empty();
	}

}
