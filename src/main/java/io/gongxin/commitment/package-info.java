/**
 * 信用承诺 and 告知承诺: versioned commitment templates, commitments signed on the portal or
 * filed by departments, their publication in the portal's 信用承诺 column, the verifying
 * department's finding (fulfilled or broken, as an inbox task with its deadline), the
 * credit records a finding becomes through the catalog, and the warnings a credit check
 * gives about a subject's broken or overdue commitments (事前信用预警).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commitments", allowedDependencies = { "audit",
		"calendar", "catalog", "identifier", "inbox", "ingest", "platform", "provider", "security", "subject" })
package io.gongxin.commitment;
