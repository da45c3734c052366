/**
 * Identifiers: unified social credit codes (USCC, GB 32100-2015), organisation codes (GB
 * 11714), citizen ids (GB 11643-1999), their verdicts, and the governance of duplicate
 * and invalid codes (重错码).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identifiers",
		allowedDependencies = { "audit", "platform", "security", "subject" })
package io.gongxin.identifier;
