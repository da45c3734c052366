package io.gongxin.commitment;

import java.time.LocalDate;
import java.util.List;

/**
 * A commitment as the portal's 信用承诺 column shows it: an organisation's, of a public type.
 */
public record PublicCommitment(long id, String number, String subjectName, String subjectCode, String kindLabel,
		String typeName, String matter, List<String> items, LocalDate signedOn, String departmentName,
		String stateLabel, LocalDate foundOn) {

	public static PublicCommitment of(Commitment c) {
		return new PublicCommitment(c.id(), c.number(), c.subjectName(), c.subjectCode(), c.kindLabel(), c.typeName(),
				c.matter(), c.items(), c.signedOn(), c.departmentName(), c.stateLabel(),
				(c.outcome() != null) ? c.outcome().foundOn() : null);
	}

}
