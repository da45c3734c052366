/**
 * Shared kernel: the error contract, the clock, the embedded database and the demo-data
 * hook that every capability builds on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package io.gongxin.platform;
