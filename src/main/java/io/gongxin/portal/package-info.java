/**
 * The public portal (信用门户): search, subjects' public credit files, the 双公示 listing and
 * its download, as web pages and as a public JSON API. Natural persons are not publicly
 * searchable and personal identifiers are never shown in clear.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal",
		allowedDependencies = { "commitment", "creditfile", "lists", "measures", "platform", "provider", "subject" })
package io.gongxin.portal;
