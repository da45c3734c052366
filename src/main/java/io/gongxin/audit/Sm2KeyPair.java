package io.gongxin.audit;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;

/**
 * An SM2 (GB/T 32918) key pair on the sm2p256v1 curve, with signing and verification of
 * text.
 */
public final class Sm2KeyPair {

	private static final ECDomainParameters DOMAIN;

	private static final HexFormat HEX = HexFormat.of();

	static {
		X9ECParameters curve = GMNamedCurves.getByName("sm2p256v1");
		DOMAIN = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
	}

	private final ECPrivateKeyParameters privateKey;

	private final ECPublicKeyParameters publicKey;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int MAX_IDLE_SIGNERS = 16;

	/** Signers initialised with this key and not in use (a signer is not thread-safe). */
	private final ConcurrentLinkedQueue<SM2Signer> idleSigners = new ConcurrentLinkedQueue<>();

	private Sm2KeyPair(BigInteger d) {
		if (d.signum() <= 0 || d.compareTo(DOMAIN.getN().subtract(BigInteger.ONE)) >= 0) {
			throw new IllegalArgumentException("SM2 private key out of range");
		}
		this.privateKey = new ECPrivateKeyParameters(d, DOMAIN);
		this.publicKey = new ECPublicKeyParameters(DOMAIN.getG().multiply(d).normalize(), DOMAIN);
	}

	public static Sm2KeyPair generate(SecureRandom random) {
		BigInteger d;
		do {
			d = new BigInteger(DOMAIN.getN().bitLength(), random);
		}
		while (d.signum() <= 0 || d.compareTo(DOMAIN.getN().subtract(BigInteger.ONE)) >= 0);
		return new Sm2KeyPair(d);
	}

	public static Sm2KeyPair fromPrivateHex(String hex) {
		return new Sm2KeyPair(new BigInteger(hex.strip(), 16));
	}

	public String privateHex() {
		return this.privateKey.getD().toString(16);
	}

	/** Uncompressed public point, hex. */
	public String publicHex() {
		return HEX.formatHex(this.publicKey.getQ().getEncoded(false));
	}

	public String sign(String message) {
		// an initialised signer is reused: initialising one derives the public point from
		// the private key, an elliptic-curve multiplication as costly as the signature
		SM2Signer signer = this.idleSigners.poll();
		if (signer == null) {
			signer = new SM2Signer();
			signer.init(true, new ParametersWithRandom(this.privateKey, RANDOM));
		}
		byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
		signer.update(bytes, 0, bytes.length);
		try {
			// generateSignature resets the signer for the next message
			String signature = HEX.formatHex(signer.generateSignature());
			if (this.idleSigners.size() < MAX_IDLE_SIGNERS) {
				this.idleSigners.offer(signer);
			}
			return signature;
		}
		catch (CryptoException ex) {
			throw new IllegalStateException("SM2 signing failed", ex);
		}
	}

	public static boolean verify(String publicHex, String message, String signatureHex) {
		try {
			ECPublicKeyParameters key = new ECPublicKeyParameters(
					DOMAIN.getCurve().decodePoint(HEX.parseHex(publicHex)), DOMAIN);
			SM2Signer signer = new SM2Signer();
			signer.init(false, key);
			byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
			signer.update(bytes, 0, bytes.length);
			return signer.verifySignature(HEX.parseHex(signatureHex));
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
