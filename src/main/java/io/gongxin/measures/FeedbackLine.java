package io.gongxin.measures;

/**
 * What the department did with one measure for one subject of a check.
 *
 * @param subjectIndex the subject's position in the check, from 0
 * @param applied whether the measure was carried out
 * @param note what was done, or why not (required when not applied)
 */
public record FeedbackLine(int subjectIndex, String measureCode, boolean applied, String note) {
}
