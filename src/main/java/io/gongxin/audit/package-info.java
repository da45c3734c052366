/**
 * Tamper-evident audit log: every change and every read of personal data, chained by SM3
 * and sealed by SM2.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "platform" })
package io.gongxin.audit;
