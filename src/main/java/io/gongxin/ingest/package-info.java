/**
 * Ingestion (归集): providers file credit records through files or the API; every row is
 * validated against the catalog version in force on its decision date, accepted rows
 * become immutable credit records linked to their subject, rejected rows are kept with
 * their reasons.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Ingestion", allowedDependencies = { "audit", "calendar",
		"catalog", "identifier", "platform", "provider", "security", "subject" })
package io.gongxin.ingest;
