package io.gongxin.outbox;

/**
 * A registered endpoint with its signing secret, which is shown to the caller this once.
 */
public record IssuedEndpoint(long endpointId, String secret) {

	@Override
	public String toString() {
		return "IssuedEndpoint[endpointId=" + this.endpointId + ", secret=***]";
	}

}
