package io.gongxin.measures;

/**
 * A measure the check found, with its legal basis, what the department must do and why.
 *
 * @param seeded the measure comes from the shipped seed and is still to be checked
 * against the current official text
 */
public record AppliedMeasure(String code, int revision, String name, String kind, String kindName, String list,
		String legalBasis, String content, String action, boolean seeded, Grounds grounds) {
}
