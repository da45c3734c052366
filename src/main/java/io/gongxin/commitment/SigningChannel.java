package io.gongxin.commitment;

/** How a commitment reached the platform. */
public enum SigningChannel {

	/** Signed by the enterprise itself on the portal. */
	PORTAL("网上签署"),
	/** Taken at a department's counter and registered by it. */
	DEPARTMENT("部门受理登记"),
	/** Filed by a department as 信用承诺 records through the intake. */
	INGEST("部门报送");

	private final String label;

	SigningChannel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
