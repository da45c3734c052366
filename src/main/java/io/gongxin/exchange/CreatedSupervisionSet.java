package io.gongxin.exchange;

import java.util.List;

/**
 * A new supervision set, with the webhook signing secret shown this once ({@code null}
 * for pull delivery) and the codes left out, each with its reason.
 */
public record CreatedSupervisionSet(SupervisionSet set, String signingSecret, List<ShareAnswer.CodeOutcome> leftOut) {

	public CreatedSupervisionSet {
		leftOut = List.copyOf(leftOut);
	}

	@Override
	public String toString() {
		return "CreatedSupervisionSet[" + this.set + ", signingSecret=***]";
	}

}
