/**
 * Provider departments (数据提供单位): who may file credit information, for which region.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Providers",
		allowedDependencies = { "audit", "identifier", "platform", "security" })
package io.gongxin.provider;
