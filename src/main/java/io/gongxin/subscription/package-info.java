/**
 * Subscriptions (订阅): a department, bank, peer platform or the credit office subscribes
 * to published event types with a filter and a stated purpose, and receives them by
 * signed webhook (through the outbox) or reads them from a cursor-based pull feed. The
 * audience each event declares decides who may subscribe to it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subscriptions",
		allowedDependencies = { "audit", "catalog", "commitment", "creditfile", "evaluation", "identifier", "inbox",
				"outbox", "platform", "provider", "quality", "remedy", "security", "subject" })
package io.gongxin.subscription;
