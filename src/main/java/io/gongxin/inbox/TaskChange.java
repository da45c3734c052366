package io.gongxin.inbox;

import java.time.Instant;

/** One change of a task's state, with who made it and why. */
public record TaskChange(Instant at, String actor, TaskState from, TaskState to, String note) {

}
