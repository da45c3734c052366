package io.gongxin.audit;

import java.time.Instant;

/**
 * One link of the audit chain as stored.
 */
public record AuditRecord(long seq, Instant occurredAt, String actor, String actorRoles, String kind, String action,
		String targetType, String targetId, String subjectRef, String beforeDigest, String afterDigest, String details,
		String clientAddress, String prevHash, String hash) {

}
