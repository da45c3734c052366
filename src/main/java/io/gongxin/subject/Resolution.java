package io.gongxin.subject;

/**
 * The subject an incoming record was matched to.
 *
 * @param subjectId the subject
 * @param created whether the subject was newly registered by this resolution
 * @param nameMismatch whether the reported name differs from the registered one (flagged
 * for review, not applied)
 */
public record Resolution(SubjectId subjectId, boolean created, boolean nameMismatch) {

}
