package io.gongxin.subject;

import java.util.List;
import io.gongxin.platform.PublishedEvent;

/**
 * Organisations newly entered in the subject register, in one registration or one intake
 * chunk. The event names them only by id: an intake batch of a million rows publishes its
 * events in one transaction, and they are held until it commits, so they must stay small;
 * listeners read what they need through {@link Subjects#findAll}. Natural persons are
 * left out: no one downstream governs them.
 *
 * @param subjects the organisations registered
 * @param source where they came from (an intake batch, an officer)
 */
@PublishedEvent(title = "新主体登记",
		summary = "Organisations were newly entered in the subject register, by an intake batch or an officer.")
public record SubjectsRegistered(List<SubjectId> subjects, String source) {

	public SubjectsRegistered {
		subjects = List.copyOf(subjects);
	}

}
