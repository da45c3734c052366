package io.gongxin.subject;

/**
 * One search result. {@code displayKey} is the current identifier, masked for natural
 * persons.
 */
public record SubjectHit(SubjectId id, SubjectType type, String name, String displayKey, SubjectStatus status,
		double score) {

}
