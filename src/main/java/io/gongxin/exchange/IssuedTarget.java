package io.gongxin.exchange;

/**
 * A registered target and the secret its deliveries are signed with, shown once (the
 * target checks the signature as in docs/webhooks.md).
 */
public record IssuedTarget(Target target, String signingSecret) {

}
