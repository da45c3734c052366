package io.gongxin.audit;

import java.util.Objects;

import io.gongxin.platform.StorableText;

/**
 * What an audited action did. The actor and time are added by {@link AuditLog}; the
 * before and after states are kept only as SM3 digests, so the log proves what changed
 * without copying personal data into it.
 *
 * @param kind a change or a read of personal data
 * @param action dotted verb, e.g. {@code provider.create}
 * @param targetType what kind of thing was touched, e.g. {@code provider}
 * @param targetId its identity
 * @param subjectRef the credit subject concerned, if any (masked or internal id, never a
 * clear citizen id)
 * @param before state before the change (digested), or {@code null}
 * @param after state after the change (digested), or {@code null}
 * @param details short free text kept in clear (no personal data)
 */
public record AuditEntry(Kind kind, String action, String targetType, String targetId, String subjectRef, String before,
		String after, String details) {

	public enum Kind {

		CHANGE, READ

	}

	public AuditEntry {
		Objects.requireNonNull(kind, "kind");
		requireText(action, "action");
		requireText(targetType, "targetType");
		// what a caller sent (a file name, an id from a path) is recorded as far as it
		// can be stored: an audit entry must never fail the work it records
		targetId = storable(targetId, 500);
		subjectRef = storable(subjectRef, 500);
		before = storable(before, Integer.MAX_VALUE);
		after = storable(after, Integer.MAX_VALUE);
		details = storable(details, Integer.MAX_VALUE);
	}

	private static String storable(String text, int limit) {
		if (text == null) {
			return null;
		}
		String clean = StorableText.of(text);
		return (clean.length() > limit) ? clean.substring(0, limit) + "…" : clean;
	}

	public static AuditEntry change(String action, String targetType, String targetId) {
		return new AuditEntry(Kind.CHANGE, action, targetType, targetId, null, null, null, null);
	}

	public static AuditEntry read(String action, String targetType, String targetId) {
		return new AuditEntry(Kind.READ, action, targetType, targetId, null, null, null, null);
	}

	public AuditEntry subject(String subjectRef) {
		return new AuditEntry(this.kind, this.action, this.targetType, this.targetId, subjectRef, this.before,
				this.after, this.details);
	}

	public AuditEntry before(String before) {
		return new AuditEntry(this.kind, this.action, this.targetType, this.targetId, this.subjectRef, before,
				this.after, this.details);
	}

	public AuditEntry after(String after) {
		return new AuditEntry(this.kind, this.action, this.targetType, this.targetId, this.subjectRef, this.before,
				after, this.details);
	}

	public AuditEntry details(String details) {
		return new AuditEntry(this.kind, this.action, this.targetType, this.targetId, this.subjectRef, this.before,
				this.after, details);
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

}
