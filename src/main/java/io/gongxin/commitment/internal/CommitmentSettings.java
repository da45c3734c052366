package io.gongxin.commitment.internal;

import io.gongxin.inbox.TaskType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The credit office's settings for commitments: the verification period of commitments a
 * department files without a template (templates carry their own).
 */
@Component
public class CommitmentSettings {

	/** The task code of a verification (履约核查). */
	public static final String VERIFICATION = "COMMITMENT_VERIFICATION";

	private final int defaultVerificationWorkingDays;

	CommitmentSettings(@Value("${gongxin.commitment.default-verification-working-days:20}") int days) {
		if (days < 1 || days > 365) {
			throw new IllegalArgumentException("gongxin.commitment.default-verification-working-days is 1 to 365");
		}
		this.defaultVerificationWorkingDays = days;
	}

	public int defaultVerificationWorkingDays() {
		return this.defaultVerificationWorkingDays;
	}

	/** The verification task of a commitment with the given period. */
	public static TaskType verification(int workingDays, boolean templated) {
		return new TaskType(VERIFICATION, "信用承诺履约核查", workingDays,
				templated ? "承诺书模板规定的核查期限（" + workingDays + "个工作日）" : "信用办设定的承诺核查期限（" + workingDays + "个工作日）");
	}

}
