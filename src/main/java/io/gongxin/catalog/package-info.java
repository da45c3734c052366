/**
 * The public credit information catalog (公共信用信息目录): versioned categories with their
 * fields, the lifecycle from draft to published version, and the exclusion rules every
 * record must pass before it may become credit information.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
		allowedDependencies = { "audit", "platform", "subject" })
package io.gongxin.catalog;
