package io.gongxin.ingest;

/**
 * The end of a decision's effect (撤销), e.g. after administrative reconsideration or a
 * court ruling.
 *
 * @param documentNumber the decision's document number (文书号)
 * @param reason why it no longer has effect
 */
public record Revocation(String documentNumber, String reason) {

}
