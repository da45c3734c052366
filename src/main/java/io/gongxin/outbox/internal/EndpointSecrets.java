package io.gongxin.outbox.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import io.gongxin.platform.PrivateFiles;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Endpoint signing secrets: generated here, shown to their owner once, and kept only
 * encrypted (AES-GCM) at rest. The key comes from {@code GONGXIN_OUTBOX_SECRET_KEY}
 * (base64, 32 bytes) in production; otherwise it is generated once in the key directory,
 * never in the repository.
 */
@Component
class EndpointSecrets {

	private static final Logger log = LoggerFactory.getLogger(EndpointSecrets.class);

	private static final int NONCE_BYTES = 12;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	EndpointSecrets(@Value("${gongxin.outbox.secret-key:}") String configured,
			@Value("${gongxin.keys.directory:data/keys}") Path directory) {
		byte[] raw = configured.isBlank() ? loadOrCreate(directory.resolve("outbox-secrets.key"))
				: Base64.getDecoder().decode(configured.strip());
		if (raw.length != 32) {
			throw new IllegalStateException("The outbox secret key must be 32 bytes (base64)");
		}
		this.key = new SecretKeySpec(raw, "AES");
	}

	/** A new secret: 32 random bytes, base64url without padding. */
	String generate() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	String seal(String secret) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is part of every JDK", ex);
		}
	}

	String open(String sealed) {
		try {
			byte[] all = Base64.getDecoder().decode(sealed);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("An endpoint secret cannot be decrypted: was the outbox key changed?", ex);
		}
	}

	private byte[] loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
			}
			byte[] created = new byte[32];
			this.random.nextBytes(created);
			PrivateFiles.write(file, Base64.getEncoder().encodeToString(created));
			log.info("Generated the outbox secret key in {}", file.toAbsolutePath());
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the outbox secret key at " + file, ex);
		}
	}

}
