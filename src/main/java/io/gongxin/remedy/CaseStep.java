package io.gongxin.remedy;

import java.time.Instant;

/** One step of a remedy case as its history shows it; states by their labels. */
public record CaseStep(Instant at, String actor, String fromState, String toState, String note) {

}
