package io.gongxin.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	static final String SECRET = "whsec_8Jq3kY0o6m2Qb1yV9rTzXw4nLc5sEa7dUf0gHi2jKl4";

	static final String BODY = "{\"type\":\"quality.notice-raised\",\"data\":{\"provider\":\"广州市市场监督管理局\"}}";

	static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

	@Test
	void theSha256PartIsAnHmacOfIdTimestampAndBodyWithTheSecret() throws Exception {
		String header = WebhookSignature.sign(SECRET, "feed-42-sub-7", NOW.getEpochSecond(), BODY);
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		String expected = HexFormat.of()
			.formatHex(mac
				.doFinal(("feed-42-sub-7." + NOW.getEpochSecond() + "." + BODY).getBytes(StandardCharsets.UTF_8)));
		assertThat(header).startsWith("hmac-sha256=" + expected + ",hmac-sm3=");
		assertThat(header.substring(header.indexOf("hmac-sm3=") + 9)).hasSize(64);
	}

	@Test
	void aReceiverAcceptsTheRequestAsSigned() {
		String header = WebhookSignature.sign(SECRET, "m-1", NOW.getEpochSecond(), BODY);
		assertThat(WebhookSignature.verify(SECRET, "m-1", Long.toString(NOW.getEpochSecond()), BODY, header,
				NOW.plusSeconds(30), Duration.ofMinutes(5)))
			.isTrue();
	}

	@Test
	void aChangedBodyIdOrSecretFailsVerification() {
		String ts = Long.toString(NOW.getEpochSecond());
		String header = WebhookSignature.sign(SECRET, "m-1", NOW.getEpochSecond(), BODY);
		assertThat(WebhookSignature.verify(SECRET, "m-1", ts, BODY.replace("广州", "深圳"), header, NOW,
				Duration.ofMinutes(5)))
			.isFalse();
		assertThat(WebhookSignature.verify(SECRET, "m-2", ts, BODY, header, NOW, Duration.ofMinutes(5))).isFalse();
		assertThat(WebhookSignature.verify(SECRET + "x", "m-1", ts, BODY, header, NOW, Duration.ofMinutes(5)))
			.isFalse();
	}

	@Test
	void aTamperedSm3PartFailsEvenWhenTheSha256PartIsRight() {
		String header = WebhookSignature.sign(SECRET, "m-1", NOW.getEpochSecond(), BODY);
		String tampered = header.substring(0, header.length() - 1) + (header.endsWith("0") ? "1" : "0");
		assertThat(WebhookSignature.verify(SECRET, "m-1", Long.toString(NOW.getEpochSecond()), BODY, tampered, NOW,
				Duration.ofMinutes(5)))
			.isFalse();
	}

	@Test
	void anOldTimestampIsAReplayAndFails() {
		String header = WebhookSignature.sign(SECRET, "m-1", NOW.getEpochSecond(), BODY);
		assertThat(WebhookSignature.verify(SECRET, "m-1", Long.toString(NOW.getEpochSecond()), BODY, header,
				NOW.plus(Duration.ofMinutes(6)), Duration.ofMinutes(5)))
			.isFalse();
		assertThat(WebhookSignature.verify(SECRET, "m-1", "not-a-number", BODY, header, NOW, Duration.ofMinutes(5)))
			.isFalse();
	}

}
