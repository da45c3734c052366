package io.gongxin.evaluation;

/** Where a piece of evidence comes from. */
public enum EvidenceSource {

	/** A credit record in force in the credit file (category code). */
	RECORD("信用记录"),
	/** A list entry in force (list kind, e.g. {@code SEVERE_DISHONESTY}). */
	LIST("名单"),
	/** A commitment's finding ({@code FULFILLED} or {@code BROKEN}). */
	COMMITMENT("信用承诺");

	private final String label;

	EvidenceSource(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
