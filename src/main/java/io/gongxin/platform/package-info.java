/**
 * Shared kernel: the error contract, the clock, the embedded database, the demo-data
 * hook, who is acting ({@link io.gongxin.platform.ActingUser}, filled by security) and
 * the one PDF renderer ({@link io.gongxin.platform.PdfRenderer}) that every capability
 * builds on. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {})
package io.gongxin.platform;
