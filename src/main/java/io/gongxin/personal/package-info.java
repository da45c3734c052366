/**
 * Personal self-service (个人信用查询服务, 依法依规推出): a natural person signed in through the
 * provincial 统一身份认证 service sees their own whole credit file, prints their own 个人信用报告 and
 * sees who read their file. The person is always the one the sign-in is bound to, never
 * one named by a request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personal self-service",
		allowedDependencies = { "audit", "creditfile", "identifier", "platform", "report", "security", "subject" })
package io.gongxin.personal;
