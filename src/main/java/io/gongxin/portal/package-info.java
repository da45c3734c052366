/**
 * The public portal (信用门户): search, subjects' public credit files with their free 公示版
 * report, the 双公示 listing with its figures and its download, as web pages and as a public
 * JSON API. Natural persons are not publicly searchable and personal identifiers are
 * never shown in clear.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal", allowedDependencies = { "commitment",
		"creditfile", "lists", "measures", "platform", "provider", "report", "subject" })
package io.gongxin.portal;
