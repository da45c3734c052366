package io.gongxin.ingest;

/**
 * Where a batch is. RECEIVED and PROCESSING batches are resumed after a crash; nothing of
 * a batch is visible before COMPLETED.
 */
public enum BatchStatus {

	RECEIVED("已接收"), PROCESSING("处理中"), COMPLETED("已完成"), FAILED("处理失败");

	private final String label;

	BatchStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
