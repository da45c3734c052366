package io.gongxin.identifier;

import java.time.Instant;

/**
 * Two subjects that hold the same code because a correction made before the subject
 * register owned codes never reached it: the next filing under the corrected code created
 * a second subject. Found once, when the register took over; an officer merges them or
 * keeps them apart.
 *
 * @param id list position, for keyset paging
 * @param subjectId the subject whose code was corrected
 * @param otherSubjectId the other subject holding the code
 * @param code the code both hold
 * @param foundAt when the pair was found
 */
public record MissedCorrection(long id, long subjectId, long otherSubjectId, String code, Instant foundAt) {

}
