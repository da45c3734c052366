/**
 * Public credit information reports (公共信用信息报告): the organisation and person reports and
 * the special report that replaces certificates of no violations, rendered as signed PDFs
 * with a QR code to a public verification page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Credit reports", allowedDependencies = { "audit",
		"catalog", "creditfile", "ingest", "platform", "provider", "security", "subject" })
package io.gongxin.report;
