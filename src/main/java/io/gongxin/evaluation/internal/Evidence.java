package io.gongxin.evaluation.internal;

import java.time.LocalDate;

import io.gongxin.evaluation.EvidenceSource;

/**
 * One piece of what a subject is evaluated on, as kept in {@code evaluation_evidence}.
 */
record Evidence(EvidenceSource source, String ref, String category, String tier, String domain, LocalDate occurredOn,
		String label) {

	Evidence {
		label = (label.length() > 300) ? label.substring(0, 300) + "…" : label;
	}

}
