package io.gongxin.ingest;

/**
 * How a batch arrived.
 */
public enum Channel {

	FILE("文件报送"), API("接口报送"), DEMO("演示数据"),
	/**
	 * Filed by the platform in a department's name: a commitment signed on the portal and
	 * the department's finding on it, a correction decided on an objection.
	 */
	PLATFORM("平台代为报送");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
