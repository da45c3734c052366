package io.gongxin.commitment;

/**
 * The kinds of commitment (国办发〔2019〕35号, 《经营主体信用承诺实施指南》): by the scenario a subject
 * commits in.
 */
public enum CommitmentKind {

	/** 告知承诺 replacing an approval condition (审批替代型). */
	APPROVAL_SUBSTITUTE("审批替代型"),
	/** 告知承诺 replacing a certificate (证明事项型). */
	CERTIFICATION("证明事项型"),
	/** A public commitment made on the subject's own initiative (主动型). */
	PROACTIVE("主动型"),
	/** A commitment to an industry association (行业自律型). */
	INDUSTRY("行业自律型"),
	/** The commitment made with a credit repair application (信用修复型). */
	CREDIT_REPAIR("信用修复型");

	private final String label;

	CommitmentKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the commitment stands in for an approval condition or a certificate. */
	public boolean notificationBased() {
		return this == APPROVAL_SUBSTITUTE || this == CERTIFICATION;
	}

}
