package io.gongxin.exchange;

/**
 * A newly registered agency with its API key and, for webhook delivery, its signing
 * secret: both shown this once.
 */
public record RegisteredAgency(Agency agency, String apiKey, String signingSecret) {

	@Override
	public String toString() {
		return "RegisteredAgency[" + this.agency + ", apiKey=***, signingSecret=***]";
	}

}
