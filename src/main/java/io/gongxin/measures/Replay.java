package io.gongxin.measures;

/**
 * A check recomputed as of its instant from the data kept since: identical when the
 * platform would have answered the same.
 */
public record Replay(long checkId, boolean identical, CheckAnswer original, CheckAnswer replayed) {
}
