package io.gongxin.support;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An outbox endpoint written straight into a child platform's database, as the crash
 * tests set one up before they kill it: its secret sealed the way the outbox stores it.
 */
public final class OutboxEndpoints {

	private OutboxEndpoints() {
	}

	/** Inserts the endpoint and returns its id. */
	public static long insert(Connection connection, String name, String url, String ownerRef, byte[] key,
			String secret) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement("""
				INSERT INTO outbox_endpoint (name, url, owner_ref, secret_ciphertext, created_at, updated_at)
				VALUES (?, ?, ?, ?, now(), now()) RETURNING id
				""")) {
			insert.setString(1, name);
			insert.setString(2, url);
			insert.setString(3, ownerRef);
			insert.setString(4, seal(key, secret));
			try (ResultSet rs = insert.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/**
	 * The stored form of a secret: base64 of a 12-byte nonce and the AES-GCM ciphertext.
	 */
	static String seal(byte[] key, String secret) throws Exception {
		byte[] nonce = new byte[12];
		new SecureRandom().nextBytes(nonce);
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
		byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder()
			.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
	}

}
