/**
 * 报送与共享: upward reporting of accepted records to the provincial platform and 信用中国 (files
 * or API through the outbox, receipts, reconciliation, the target's rejections back to
 * the providing department), sharing of credit files with departments for their own
 * supervised subjects, licensed credit service agencies fed public information only, and
 * the operations view of every target with its statutory deadline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange",
		allowedDependencies = { "audit", "calendar", "catalog", "creditfile", "identifier", "inbox", "ingest", "outbox",
				"platform", "provider", "remedy", "security", "subject", "subscription" })
package io.gongxin.exchange;
