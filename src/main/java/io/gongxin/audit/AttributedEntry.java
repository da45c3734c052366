package io.gongxin.audit;

import java.util.Objects;

/**
 * An audit entry together with the origin taken where its action happened, for entries
 * appended later in a group.
 */
public record AttributedEntry(AuditEntry entry, AuditOrigin origin) {

	public AttributedEntry {
		Objects.requireNonNull(entry, "entry");
		Objects.requireNonNull(origin, "origin");
	}

}
