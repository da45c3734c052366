/**
 * Transactional outbox (发件箱): a change writes its outgoing messages in its own
 * transaction; delivery workers send them to registered webhook endpoints with signed
 * payloads, retries with exponential backoff and a dead-letter view where an officer
 * fixes the target and resends. Idempotency keys let receivers apply each message exactly
 * once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outbox",
		allowedDependencies = { "audit", "platform", "security" })
package io.gongxin.outbox;
