package io.gongxin.measures;

/**
 * One subject to check, named by exactly one of: its unified social credit code, its name
 * (organisations only; an ambiguous name returns candidates, never measures), or a
 * person's citizen id (persons are never checked by name, so no measure lands on a
 * namesake).
 */
public record SubjectQuery(String uscc, String name, String citizenId) {

	public static SubjectQuery ofUscc(String uscc) {
		return new SubjectQuery(uscc, null, null);
	}

	public static SubjectQuery ofName(String name) {
		return new SubjectQuery(null, name, null);
	}

	public static SubjectQuery ofCitizenId(String citizenId) {
		return new SubjectQuery(null, null, citizenId);
	}

}
