package io.gongxin.report.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import io.gongxin.audit.Sm2KeyPair;
import io.gongxin.platform.PrivateFiles;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The report keys: an EC (or configured RSA) key with an X.509 certificate for the PDF
 * signature and an SM2 key for the verification records. Configured files are used as
 * they are; otherwise a self-signed demo key is generated once into the key directory
 * (never into the repository).
 */
public final class ReportKeys {

	private static final Logger log = LoggerFactory.getLogger(ReportKeys.class);

	private final PrivateKey signingKey;

	private final X509Certificate certificate;

	private final Sm2KeyPair seal;

	public ReportKeys(Path directory, Path keyFile, Path certFile, Clock clock) {
		try {
			Files.createDirectories(directory);
			Path key = (keyFile != null) ? keyFile : directory.resolve("report-signing-key.pem");
			Path cert = (certFile != null) ? certFile : directory.resolve("report-signing-cert.pem");
			if (!Files.exists(key) && keyFile == null) {
				generate(key, cert, clock);
			}
			this.signingKey = readKey(key);
			this.certificate = readCertificate(cert);
			Path sm2 = directory.resolve("report-sm2.key");
			if (!Files.exists(sm2)) {
				writePrivate(sm2, Sm2KeyPair.generate(new SecureRandom()).privateHex());
				log.warn("Generated a report SM2 key in {}", sm2);
			}
			this.seal = Sm2KeyPair.fromPrivateHex(Files.readString(sm2));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot load the report keys", ex);
		}
	}

	public PrivateKey signingKey() {
		return this.signingKey;
	}

	public X509Certificate certificate() {
		return this.certificate;
	}

	public Sm2KeyPair seal() {
		return this.seal;
	}

	private static void generate(Path key, Path cert, Clock clock) throws IOException {
		try {
			// ECDSA P-256: checked by every PDF viewer, and a signature costs well under
			// a
			// millisecond where RSA-3072 costs several
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
			KeyPair pair = generator.generateKeyPair();
			X500Name name = new X500Name("CN=GongXin Report Signing - self-signed demo key, O=GongXin, C=CN");
			Date from = Date.from(clock.instant().minus(Duration.ofDays(1)));
			Date until = Date.from(clock.instant().plus(Duration.ofDays(3650)));
			X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(clock.millis()),
					from, until, name, pair.getPublic())
				.build(new JcaContentSignerBuilder(PdfSigner.algorithm(pair.getPrivate())).build(pair.getPrivate()));
			writePrivate(key, pem(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(pair.getPrivate(), null)));
			Files.writeString(cert, pem(new JcaX509CertificateConverter().getCertificate(holder)));
			log.warn("Generated a self-signed demo report signing key in {}; configure a real one for production", key);
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException("Cannot generate the report signing key", ex);
		}
	}

	private static void writePrivate(Path path, String content) throws IOException {
		PrivateFiles.write(path, content);
	}

	private static String pem(Object object) throws IOException {
		StringWriter out = new StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
			writer.writeObject(object);
		}
		return out.toString();
	}

	private static PrivateKey readKey(Path path) throws IOException {
		try (Reader reader = Files.newBufferedReader(path); PEMParser parser = new PEMParser(reader)) {
			Object object = parser.readObject();
			JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
			if (object instanceof PrivateKeyInfo info) {
				return converter.getPrivateKey(info);
			}
			if (object instanceof org.bouncycastle.openssl.PEMKeyPair pair) {
				return converter.getPrivateKey(pair.getPrivateKeyInfo());
			}
			throw new IOException("No private key in " + path);
		}
	}

	private static X509Certificate readCertificate(Path path) throws IOException {
		try (Reader reader = Files.newBufferedReader(path); PEMParser parser = new PEMParser(reader)) {
			return new JcaX509CertificateConverter().getCertificate((X509CertificateHolder) parser.readObject());
		}
		catch (java.security.cert.CertificateException ex) {
			throw new IOException("Bad certificate in " + path, ex);
		}
	}

}
