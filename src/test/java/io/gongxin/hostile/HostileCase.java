package io.gongxin.hostile;

/**
 * One hostile request: what it attacks ({@code kind}), the endpoint's template, the
 * concrete path and query, an optional body, and the caller's API key (null: the public).
 */
record HostileCase(String kind, String method, String template, String uri, String contentType, byte[] body,
		String key) {

	String describe() {
		return this.method + " " + this.template + " [" + this.kind + "]";
	}

}
