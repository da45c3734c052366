package io.gongxin.ingest;

/**
 * How a batch arrived.
 */
public enum Channel {

	FILE("文件报送"), API("接口报送"), DEMO("演示数据");

	private final String label;

	Channel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
