package io.gongxin.identifier;

import java.time.Instant;

/**
 * A code as registered for a credit subject, with its verdict at registration or
 * correction: a row of the 重错码 read model, fed by the subject register.
 *
 * @param id registry id
 * @param code the code as registered (after any correction)
 * @param canonicalCode its canonical form, or {@code null} when invalid
 * @param verdict the verdict
 * @param subjectType the subject's type
 * @param subjectName the subject's name
 * @param authority the registering authority (登记机关)
 * @param division the authority's division
 * @param sourceRef the subject register's own reference, if any
 * @param corrected whether an officer corrected the code
 * @param version optimistic-locking version
 * @param registeredAt when it was registered
 * @param subjectId the subject register's id of the subject (the owner of the code), or
 * {@code null} for a code registered here before the subject register owned codes
 */
public record Registration(long id, String code, String canonicalCode, Verdict verdict, HolderCategory subjectType,
		String subjectName, String authority, DivisionCode division, String sourceRef, boolean corrected, int version,
		Instant registeredAt, Long subjectId) {

}
