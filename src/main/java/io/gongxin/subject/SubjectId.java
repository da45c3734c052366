package io.gongxin.subject;

/**
 * The platform's own, never reused, identity of a subject. Codes change (corrections,
 * re-registration); this does not.
 */
public record SubjectId(long value) {

	public SubjectId {
		if (value <= 0) {
			throw new IllegalArgumentException("subject ids are positive");
		}
	}

	@Override
	public String toString() {
		return "S" + this.value;
	}

}
