package io.gongxin.remedy;

/** Where a correction (勘误) a department owes stands. */
public enum CorrectionState {

	OPEN("待报送勘误"), CORRECTED("已更正"), WITHDRAWN("已撤回信息"), CONFIRMED("经核实无误");

	private final String label;

	CorrectionState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean finished() {
		return this != OPEN;
	}

}
