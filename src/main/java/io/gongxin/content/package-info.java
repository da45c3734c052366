/**
 * Content the credit office publishes on the portal (门户栏目): 政策法规, 信用动态 and 通知公告. Officers
 * write articles in a small, safe markup, preview, publish and withdraw them; every
 * change is kept as a revision and audited. The public reads published articles only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal content",
		allowedDependencies = { "audit", "platform" })
package io.gongxin.content;
