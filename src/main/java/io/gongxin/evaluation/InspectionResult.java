package io.gongxin.evaluation;

/** What an inspection of a drawn subject found, as filed to its credit file. */
public enum InspectionResult {

	NO_ISSUE("未发现问题"), CORRECTED("发现问题，已责令整改"), REFERRED("发现问题，已移交立案查处");

	private final String label;

	InspectionResult(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
