package io.gongxin.exchange.internal;

import java.util.OptionalLong;

/**
 * The keys by which packages and items are known to targets: what a receipt names. An
 * item's key is unique per target and stable across resending.
 */
final class UpwardMessages {

	/** The event type packages are sent with (a header of every delivery). */
	static final String EVENT_TYPE = "exchange.package";

	private UpwardMessages() {
	}

	static String packageKey(long packageId) {
		return "GXP" + packageId;
	}

	static String itemKey(long itemId) {
		return "GX" + itemId;
	}

	/** The item a key names, or empty for a key this platform never gave out. */
	static OptionalLong itemId(String key) {
		if (key == null || !key.startsWith("GX") || key.startsWith("GXP") || key.length() > 20) {
			return OptionalLong.empty();
		}
		try {
			return OptionalLong.of(Long.parseLong(key.substring(2)));
		}
		catch (NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

}
