package io.gongxin.commitment;

import java.time.Instant;
import java.util.List;

import io.gongxin.catalog.SeverityTier;

/**
 * One version of a commitment template.
 *
 * @param id the version's id, which signed commitments keep
 */
public record TemplateVersion(long id, String code, int version, String name, CommitmentKind kind, String kindLabel,
		String departmentCode, String departmentName, String matterLabel, String text, List<String> items,
		int verificationWorkingDays, boolean publicColumn, String legalBasis, SeverityTier breachTier,
		String breachTierBasis, TemplateStatus status, String statusLabel, Instant publishedAt) {

	public TemplateVersion {
		items = List.copyOf(items);
	}

	public boolean signable() {
		return this.status == TemplateStatus.PUBLISHED;
	}

}
