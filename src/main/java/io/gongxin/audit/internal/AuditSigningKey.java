package io.gongxin.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.gongxin.audit.Sm2KeyPair;
import io.gongxin.platform.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The platform's SM2 sealing key. Taken from {@code GONGXIN_AUDIT_SIGNING_KEY} (hex) in
 * production; otherwise generated once and kept in the key directory (never in the
 * repository). Public keys of earlier keys can be listed as trusted so that seals survive
 * a key rotation.
 */
@Component
class AuditSigningKey {

	private static final Logger log = LoggerFactory.getLogger(AuditSigningKey.class);

	private final Sm2KeyPair keyPair;

	private final Set<String> trustedPublicKeys = new LinkedHashSet<>();

	AuditSigningKey(@Value("${gongxin.audit.signing-key:}") String configured,
			@Value("${gongxin.keys.directory:data/keys}") Path directory,
			@Value("${gongxin.audit.trusted-public-keys:}") List<String> trusted) {
		this.keyPair = configured.isBlank() ? loadOrCreate(directory.resolve("audit-sm2.key"))
				: Sm2KeyPair.fromPrivateHex(configured);
		this.trustedPublicKeys.add(this.keyPair.publicHex());
		trusted.stream().map(String::strip).filter(key -> !key.isEmpty()).forEach(this.trustedPublicKeys::add);
	}

	Sm2KeyPair keyPair() {
		return this.keyPair;
	}

	boolean trusts(String publicHex) {
		return this.trustedPublicKeys.contains(publicHex);
	}

	private static Sm2KeyPair loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return Sm2KeyPair.fromPrivateHex(Files.readString(file, StandardCharsets.US_ASCII));
			}
			Sm2KeyPair created = Sm2KeyPair.generate(new SecureRandom());
			PrivateFiles.write(file, created.privateHex());
			log.info("Generated a new SM2 audit sealing key in {} (public key {})", file.toAbsolutePath(),
					created.publicHex());
			return created;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the audit sealing key at " + file, ex);
		}
	}

}
