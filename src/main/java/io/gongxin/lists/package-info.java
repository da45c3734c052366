/**
 * Credit lists (名单): 严重失信主体名单, 重点关注名单, 经营异常名录, 失信被执行人 and honor lists. Entries arrive
 * through the intake as catalog records, end by exit date, correction, revocation or
 * repair, and are kept with the instants the platform learned of them, so a subject's
 * list status can be asked as of any earlier instant. Also keeps who represents which
 * organisation (from the records that name a legal representative with an id number), so
 * measures that follow a legal representative can find them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lists",
		allowedDependencies = { "audit", "catalog", "identifier", "ingest", "platform", "subject" })
package io.gongxin.lists;
