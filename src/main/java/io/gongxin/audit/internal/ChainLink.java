package io.gongxin.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.gongxin.platform.Sm3;
import io.gongxin.audit.AuditRecord;

/**
 * The canonical text of an audit event that its SM3 hash covers. Every field is
 * length-prefixed, so no choice of field contents can make two different events hash
 * alike.
 */
final class ChainLink {

	static final String GENESIS = "0".repeat(64);

	private ChainLink() {
	}

	static String hash(long seq, Instant occurredAt, String actor, String actorRoles, String kind, String action,
			String targetType, String targetId, String subjectRef, String beforeDigest, String afterDigest,
			String details, String clientAddress, String prevHash) {
		StringBuilder canonical = new StringBuilder(256);
		append(canonical, Long.toString(seq));
		append(canonical, occurredAt.truncatedTo(ChronoUnit.MICROS).toString());
		append(canonical, actor);
		append(canonical, actorRoles);
		append(canonical, kind);
		append(canonical, action);
		append(canonical, targetType);
		append(canonical, targetId);
		append(canonical, subjectRef);
		append(canonical, beforeDigest);
		append(canonical, afterDigest);
		append(canonical, details);
		append(canonical, clientAddress);
		append(canonical, prevHash);
		return Sm3.hex(canonical.toString());
	}

	static String hashOf(AuditRecord record) {
		return hash(record.seq(), record.occurredAt(), record.actor(), record.actorRoles(), record.kind(),
				record.action(), record.targetType(), record.targetId(), record.subjectRef(), record.beforeDigest(),
				record.afterDigest(), record.details(), record.clientAddress(), record.prevHash());
	}

	private static void append(StringBuilder canonical, String value) {
		if (value == null) {
			canonical.append("-1:;");
		}
		else {
			canonical.append(value.length()).append(':').append(value).append(';');
		}
	}

}
