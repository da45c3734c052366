package io.gongxin.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a pull returned: the credit files of the subjects found within the department's
 * scope, and for every other code why it was not answered.
 *
 * @param queryId the pull's number, as audited and counted
 * @param department the department pulled for; {@code null} for the credit office
 * @param region the division-code prefix of the department's scope; {@code null} for the
 * credit office
 * @param asked how many distinct codes the list held
 * @param outcomes the codes not answered, in list order
 */
public record ShareAnswer(long queryId, String purpose, String purposeName, String department, String departmentName,
		String region, Instant pulledAt, int asked, List<SharedSubject> subjects, List<CodeOutcome> outcomes) {

	public ShareAnswer {
		subjects = List.copyOf(subjects);
		outcomes = List.copyOf(outcomes);
	}

	public long refused() {
		return this.outcomes.stream().filter(o -> o.status() == CodeStatus.REFUSED).count();
	}

	public long notFound() {
		return this.outcomes.stream().filter(o -> o.status() == CodeStatus.NOT_FOUND).count();
	}

	/**
	 * A subject found and within scope, with its current credit-file items.
	 *
	 * @param line the code's position in the list (from 1)
	 * @param code the subject's current code; a natural person's id masked unless the
	 * credit office pulled
	 */
	public record SharedSubject(int line, String code, String name, String typeName, String region,
			List<SharedItem> items) {

		public SharedSubject {
			items = List.copyOf(items);
		}

	}

	/** One item of a credit file as a department receives it. */
	public record SharedItem(long recordId, String categoryCode, String categoryName, String documentNumber,
			LocalDate decisionDate, String authority, String summary, String providerCode, String providerName,
			String publicityName, LocalDate publicUntil, boolean underObjection) {
	}

	/**
	 * A code not answered, with the reason in Chinese.
	 *
	 * @param code as given; a citizen id masked
	 */
	public record CodeOutcome(int line, String code, CodeStatus status, String reason) {

		public String statusName() {
			return this.status.label();
		}

	}

	/** Why a code got no credit file. */
	public enum CodeStatus {

		REFUSED("不予提供"), NOT_FOUND("未找到"), INVALID("代码有误");

		private final String label;

		CodeStatus(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
