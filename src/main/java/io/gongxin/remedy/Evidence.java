package io.gongxin.remedy;

/**
 * One piece of evidence named by the applicant: a document with its number or a short
 * description of what it proves (a payment receipt, a court judgment, a reconsideration
 * decision).
 */
public record Evidence(String title, String description) {

	public Evidence {
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new IllegalArgumentException("evidence has a title of at most 200 characters");
		}
		if (description != null && description.length() > 2000) {
			throw new IllegalArgumentException("an evidence description has at most 2000 characters");
		}
		title = title.strip();
	}

}
