package io.gongxin.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Which open problem data a clerk or officer looks at: one department or all, and
 * optionally one batch, one rule, one field and an age.
 *
 * @param provider a department's code, or {@code null} for all departments
 * @param batch a batch, or {@code null}
 * @param rule a rule code (e.g. {@code IDENTIFIER_INVALID}), or {@code null}
 * @param field a field code, {@code ""} for reasons about the whole row, or {@code null}
 * @param age how old the problems are
 */
public record ProblemFilter(String provider, UUID batch, String rule, String field, Age age) {

	public ProblemFilter {
		provider = blankToNull(provider);
		rule = blankToNull(rule);
		age = (age != null) ? age : Age.ANY;
	}

	/** Every open problem of one department (or of all, for {@code null}). */
	public static ProblemFilter of(String provider) {
		return new ProblemFilter(provider, null, null, null, Age.ANY);
	}

	/** The earliest refusal time included, or {@code null}. */
	public Instant since(Instant now) {
		return switch (this.age) {
			case WEEK -> now.minus(7, ChronoUnit.DAYS);
			case MONTH -> now.minus(30, ChronoUnit.DAYS);
			default -> null;
		};
	}

	/** The refusal time before which problems are included, or {@code null}. */
	public Instant until(Instant now) {
		return (this.age == Age.OLDER) ? now.minus(30, ChronoUnit.DAYS) : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** How long ago the rows were refused. */
	public enum Age {

		ANY("不限"), WEEK("最近 7 天"), MONTH("最近 30 天"), OLDER("30 天以前");

		private final String label;

		Age(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
