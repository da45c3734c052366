/**
 * 联合奖惩: the measure catalog (national base list, provincial incentive list, supplementary
 * punishment list) as reviewed, versioned data; 事前信用核查, the check a department runs
 * before a decision, with its explained, replayable answer; and the feedback each check
 * asks of the department through its inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Measures", allowedDependencies = { "audit", "calendar",
		"commitment", "identifier", "inbox", "lists", "platform", "provider", "remedy", "security", "subject" })
package io.gongxin.measures;
