package io.gongxin.outbox;

import java.util.Objects;

/**
 * One message to send.
 *
 * @param eventType the external event type ({@code creditfile.item-published} …), sent in
 * a header
 * @param idempotencyKey unique per endpoint; the receiver sees it in every attempt and
 * applies the message once
 * @param payloadJson the body, a JSON document, sent as is and signed
 */
public record OutgoingMessage(String eventType, String idempotencyKey, String payloadJson) {

	public OutgoingMessage {
		Objects.requireNonNull(payloadJson, "payloadJson");
		if (eventType == null || eventType.isBlank()) {
			throw new IllegalArgumentException("a message needs an event type");
		}
		if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
			throw new IllegalArgumentException("a message needs an idempotency key of at most 200 characters");
		}
	}

}
