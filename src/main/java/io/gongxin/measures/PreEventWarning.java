package io.gongxin.measures;

import java.time.LocalDate;

/**
 * 事前信用预警: something the department should weigh before a decision that is not a measure
 * of its own: a commitment the subject broke, one past its verification deadline, or a
 * list entry in force.
 *
 * @param kind {@code COMMITMENT_BROKEN}, {@code COMMITMENT_OVERDUE} or {@code LISTED}
 * @param reference the commitment number or the list entry's id
 * @param since the day it has counted from
 */
public record PreEventWarning(String kind, String kindName, String text, String reference, LocalDate since) {

}
