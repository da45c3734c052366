package io.gongxin.outbox;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * How every webhook delivery is signed, and how a receiver checks it
 * ({@code docs/webhooks.md}). Both MACs are computed with the endpoint's secret over the
 * UTF-8 bytes of {@code <message id>.<timestamp>.<body>}; the header reads
 * {@code hmac-sha256=<hex>,hmac-sm3=<hex>}. A receiver may check either.
 */
public final class WebhookSignature {

	public static final String MESSAGE_ID = "X-GongXin-Message-Id";

	public static final String EVENT_TYPE = "X-GongXin-Event-Type";

	public static final String TIMESTAMP = "X-GongXin-Timestamp";

	public static final String ATTEMPT = "X-GongXin-Attempt";

	public static final String SIGNATURE = "X-GongXin-Signature";

	private WebhookSignature() {
	}

	/** The signature header value. */
	public static String sign(String secret, String messageId, long timestamp, String body) {
		byte[] signed = signedBytes(messageId, timestamp, body);
		return "hmac-sha256=" + HexFormat.of().formatHex(hmacSha256(secret, signed)) + ",hmac-sm3="
				+ HexFormat.of().formatHex(hmacSm3(secret, signed));
	}

	/**
	 * Whether the header was made with the secret over this message, and its timestamp is
	 * within {@code tolerance} of {@code now} (older requests are replays).
	 */
	public static boolean verify(String secret, String messageId, String timestampHeader, String body,
			String signatureHeader, Instant now, Duration tolerance) {
		if (secret == null || messageId == null || timestampHeader == null || body == null || signatureHeader == null) {
			return false;
		}
		long timestamp;
		try {
			timestamp = Long.parseLong(timestampHeader.strip());
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
			return false;
		}
		byte[] signed = signedBytes(messageId, timestamp, body);
		boolean any = false;
		for (String part : signatureHeader.split(",")) {
			String[] pair = part.strip().split("=", 2);
			if (pair.length != 2) {
				return false;
			}
			byte[] expected = switch (pair[0]) {
				case "hmac-sha256" -> hmacSha256(secret, signed);
				case "hmac-sm3" -> hmacSm3(secret, signed);
				default -> null;
			};
			if (expected == null) {
				continue;
			}
			byte[] given;
			try {
				given = HexFormat.of().parseHex(pair[1]);
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
			if (!MessageDigest.isEqual(expected, given)) {
				return false;
			}
			any = true;
		}
		return any;
	}

	private static byte[] signedBytes(String messageId, long timestamp, String body) {
		return (messageId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] hmacSha256(String secret, byte[] data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return mac.doFinal(data);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	private static byte[] hmacSm3(String secret, byte[] data) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(secret.getBytes(StandardCharsets.UTF_8)));
		mac.update(data, 0, data.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return out;
	}

}
