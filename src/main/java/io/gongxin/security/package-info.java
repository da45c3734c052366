/**
 * Who may do what: people sign in with a form, machines present API keys; every account
 * has one role and, for provider clerks and banks, one department.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = { "audit", "platform" })
package io.gongxin.security;
