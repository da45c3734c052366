package io.gongxin.measures;

/** A subject an ambiguous name may mean: check it again by its code. */
public record Candidate(String name, String code, String type) {
}
