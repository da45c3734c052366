package io.gongxin.measures;

import java.time.Instant;
import java.util.List;

/**
 * A check's answer, stamped with the instant it speaks for; {@link CreditChecks#replay}
 * recomputes it from the data as of that instant.
 *
 * @param checkedAtText the instant in the configured time zone, as people read it
 * @param ticket the feedback ticket, when a measure applies
 */
public record CheckAnswer(long checkId, Instant checkedAt, String checkedAtText, String scenario, String scenarioName,
		String department, String departmentName, List<SubjectAnswer> subjects, int sanctions, int incentives,
		Ticket ticket) {

	public CheckAnswer {
		subjects = List.copyOf(subjects);
	}

	/**
	 * The same check answered with other subjects (a replay), its measure counts taken
	 * from them.
	 */
	public CheckAnswer withSubjects(List<SubjectAnswer> answered) {
		return new CheckAnswer(this.checkId, this.checkedAt, this.checkedAtText, this.scenario, this.scenarioName,
				this.department, this.departmentName, answered, sanctionsOf(answered), incentivesOf(answered),
				this.ticket);
	}

	/** The sanctions an answer counts: every one named, subject by subject. */
	static int sanctionsOf(List<SubjectAnswer> subjects) {
		return subjects.stream().mapToInt(subject -> subject.sanctions().size()).sum();
	}

	/** The incentives an answer counts: every one named, subject by subject. */
	static int incentivesOf(List<SubjectAnswer> subjects) {
		return subjects.stream().mapToInt(subject -> subject.incentives().size()).sum();
	}

	/** The same answer with its ticket replaced (a due day set after the answer). */
	public CheckAnswer withTicket(Ticket replaced) {
		return new CheckAnswer(this.checkId, this.checkedAt, this.checkedAtText, this.scenario, this.scenarioName,
				this.department, this.departmentName, this.subjects, this.sanctions, this.incentives, replaced);
	}

}
