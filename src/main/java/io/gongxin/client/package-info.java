/**
 * A small Java client for a department's own system: 事前信用核查 and feedback over the
 * platform's HTTP API, with nothing but the JDK and Jackson. It depends on no other
 * module, so it can be copied out of the platform as it is.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Client", allowedDependencies = {})
package io.gongxin.client;
