/**
 * Data-quality governance (数据质量治理): compliance, timeliness and coverage rates per
 * provider and period, concealment detection, the quality bulletin (通报), the credit
 * office's dashboard and notices to providers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data quality", allowedDependencies = { "audit",
		"calendar", "catalog", "identifier", "inbox", "ingest", "platform", "provider", "security" })
package io.gongxin.quality;
