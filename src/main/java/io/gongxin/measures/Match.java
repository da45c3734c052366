package io.gongxin.measures;

/** How a queried subject was found in the subject register. */
public enum Match {

	MATCHED("已匹配"), AMBIGUOUS("名称不唯一，请以统一社会信用代码查询"), NOT_FOUND("平台未登记该主体");

	private final String label;

	Match(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
