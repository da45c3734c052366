package io.gongxin.platform;

/**
 * PostgreSQL text cannot hold the NUL character, yet what a caller sent is sometimes kept
 * as evidence (an audit entry, a batch's warning, a refused row's value). The kept copy
 * shows U+FFFD, the replacement character, where NUL was; everything else stays as sent.
 */
public final class StorableText {

	private StorableText() {
	}

	/** The text with each NUL replaced by U+FFFD; null stays null. */
	public static String of(String text) {
		return (text == null || text.indexOf('\u0000') < 0) ? text : text.replace('\u0000', '\uFFFD');
	}

}
