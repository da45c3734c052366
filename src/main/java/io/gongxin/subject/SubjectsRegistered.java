package io.gongxin.subject;

import java.util.List;

/**
 * Organisations newly entered in the subject register, in one registration or one intake
 * batch. Natural persons are left out: their citizen ids stay out of the event
 * publication registry, and no one downstream governs them.
 *
 * @param subjects the organisations registered
 * @param source where they came from (an intake batch, an officer)
 */
public record SubjectsRegistered(List<Registered> subjects, String source) {

	public SubjectsRegistered {
		subjects = List.copyOf(subjects);
	}

	/**
	 * One organisation as registered.
	 *
	 * @param subjectId the subject
	 * @param type its type
	 * @param name its registered name
	 * @param key the identifier it was registered under
	 * @param divisionCode division of registration, if known
	 * @param registeringAuthority 登记机关, if known
	 */
	public record Registered(SubjectId subjectId, SubjectType type, String name, SubjectKey key, String divisionCode,
			String registeringAuthority) {

		static Registered of(SubjectId id, NewSubject subject) {
			return new Registered(id, subject.type(), subject.name(), subject.key(), subject.divisionCode(),
					subject.registeringAuthority());
		}

	}

}
