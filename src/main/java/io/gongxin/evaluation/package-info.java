/**
 * 公共信用综合评价 and graded supervision: versioned indicator models (the composite model and
 * sector models on the same engine), set-based batch evaluation of every market subject
 * in PostgreSQL with incremental re-evaluation when a subject's file changes,
 * explanations, grade history and grade-change events for departments' subscriptions, 双随机
 * sampling plans with a published seed hash, and risk alerts with interviews. Results are
 * not public and are not by themselves a basis for punishment.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluation",
		allowedDependencies = { "audit", "calendar", "catalog", "commitment", "creditfile", "identifier", "inbox",
				"ingest", "lists", "platform", "provider", "remedy", "security", "subject" })
package io.gongxin.evaluation;
