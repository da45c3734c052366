package io.gongxin.measures;

import java.time.LocalDate;

/**
 * The feedback the check asks for (联合奖惩反馈): the check itself is the ticket; its task is
 * put in the department's inbox right after the check commits (source
 * {@code measures.check:<checkId>}), due on the same day computed here.
 *
 * @param number the ticket number people quote, e.g. {@code FK-1024}
 * @param due the last day for the feedback; {@code null} when the check was answered
 * while the holiday notice of a year the period runs into was not loaded: its task is
 * opened all the same, and the day is set once an administrator loads it
 */
public record Ticket(long checkId, String number, LocalDate due, int workingDays) {

	/** The same ticket with its due day, once it can be counted. */
	public Ticket withDue(LocalDate day) {
		return new Ticket(this.checkId, this.number, day, this.workingDays);
	}

}
