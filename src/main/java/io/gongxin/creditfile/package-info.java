/**
 * Each subject's credit file (信用档案): a projection of accepted credit records, with
 * provenance and the publicity period of every item.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Credit files",
		allowedDependencies = { "audit", "catalog", "identifier", "ingest", "platform", "provider", "subject" })
package io.gongxin.creditfile;
