package io.gongxin.quality;

/** How often a validation rule refused rows in a period. */
public record RuleCount(String rule, long count) {

}
