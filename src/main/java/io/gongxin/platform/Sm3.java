package io.gongxin.platform;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SM3 (GB/T 32905) digests as lower-case hex.
 */
public final class Sm3 {

	private static final HexFormat HEX = HexFormat.of();

	private Sm3() {
	}

	public static String hex(String text) {
		return (text == null) ? null : hex(text.getBytes(StandardCharsets.UTF_8));
	}

	public static String hex(byte[] bytes) {
		SM3Digest digest = new SM3Digest();
		digest.update(bytes, 0, bytes.length);
		byte[] out = new byte[digest.getDigestSize()];
		digest.doFinal(out, 0);
		return HEX.formatHex(out);
	}

}
