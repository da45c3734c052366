package io.gongxin.identifier;

/**
 * The allow-list of real codes that fail the checks (issued before the standard, in pilot
 * regions). Kept by administrators.
 */
@FunctionalInterface
public interface KnownIrregularCodes {

	KnownIrregularCodes NONE = code -> null;

	/** The note recorded for a listed code, or {@code null} when it is not listed. */
	String noteFor(String code);

}
