package io.gongxin.catalog;

import java.util.Objects;

/**
 * A proposal for a new catalog version.
 *
 * @param label unique short label, e.g. {@code CN-2024-GD-2027}
 * @param title Chinese title
 * @param note why the change is proposed
 * @param basedOn the version to copy; {@code null} copies the version in force today
 */
public record DraftProposal(String label, String title, String note, CatalogVersionId basedOn) {

	public DraftProposal {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(title, "title");
		if (!label.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
			throw new IllegalArgumentException("label must be 1-40 letters, digits, dots, dashes or underscores");
		}
		if (title.isBlank() || title.length() > 200) {
			throw new IllegalArgumentException("title must have 1-200 characters");
		}
	}

}
