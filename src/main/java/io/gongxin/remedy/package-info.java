/**
 * Remedies (异议 and 信用修复): objections to a record, with acceptance, the platform's check
 * and the providing department's 协查; credit repair with its eligibility conditions, the
 * credit office's one-stop acceptance and the deciding department's decision (谁认定、谁修复).
 * Every step is a task in the inbox with its working-day deadline; outcomes reach the
 * credit file, the lists and every subscriber.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Remedies", allowedDependencies = { "audit", "calendar",
		"catalog", "creditfile", "inbox", "ingest", "lists", "platform", "provider", "security", "subject" })
package io.gongxin.remedy;
