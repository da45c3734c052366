package io.gongxin.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One version of the catalog: the national base catalog together with the provincial
 * supplement in force from {@code effectiveFrom} until the next published version.
 *
 * @param id identity
 * @param label short unique label, e.g. {@code CN-2024}
 * @param title Chinese title
 * @param status draft or published
 * @param effectiveFrom first day the version applies to decisions; {@code null} for
 * drafts
 * @param basedOn the version a draft was copied from, if any
 * @param note why the version exists (kept in clear)
 * @param createdBy who proposed it
 * @param createdAt when
 * @param publishedBy the administrator who published it
 * @param publishedAt when
 */
public record CatalogVersion(CatalogVersionId id, String label, String title, VersionStatus status,
		LocalDate effectiveFrom, CatalogVersionId basedOn, String note, String createdBy, Instant createdAt,
		String publishedBy, Instant publishedAt) {

	public CatalogVersion {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(status, "status");
		if (status == VersionStatus.PUBLISHED && effectiveFrom == null) {
			throw new IllegalArgumentException("a published version needs an effective date");
		}
	}

	public boolean isDraft() {
		return this.status == VersionStatus.DRAFT;
	}

}
