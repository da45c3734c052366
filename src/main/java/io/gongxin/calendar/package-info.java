/**
 * The working-day calendar (工作日): statutory holidays and adjusted working days from the
 * State Council notices, and statutory deadlines counted in working days.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar", allowedDependencies = { "audit", "platform" })
package io.gongxin.calendar;
