package io.gongxin.creditfile;

import java.time.LocalDate;

import io.gongxin.subject.SubjectId;

/**
 * The publicity period of a credit-file item ran out and the item left the portal.
 */
public record PublicityEnded(long recordId, SubjectId subjectId, String categoryCode, LocalDate lastDay,
		LocalDate endedOn) {

}
