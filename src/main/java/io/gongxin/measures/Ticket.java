package io.gongxin.measures;

import java.time.LocalDate;

/**
 * The feedback the check asks for (联合奖惩反馈): the check itself is the ticket; its task is
 * put in the department's inbox right after the check commits (source
 * {@code measures.check:<checkId>}), due on the same day computed here.
 *
 * @param number the ticket number people quote, e.g. {@code FK-1024}
 */
public record Ticket(long checkId, String number, LocalDate due, int workingDays) {
}
