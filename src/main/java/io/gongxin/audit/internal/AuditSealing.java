package io.gongxin.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.audit.Sm2KeyPair;
import io.gongxin.audit.AuditRecord;
import io.gongxin.audit.ChainVerification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals the chain head with SM2 and re-verifies the whole chain. A seal pins the hash of
 * one link: whoever rewrites history before it would have to forge the platform's
 * signature too.
 */
@Component
public class AuditSealing {

	private static final Logger log = LoggerFactory.getLogger(AuditSealing.class);

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final AuditSigningKey key;

	private final Clock clock;

	private final AuditChain chain;

	private final AuditWitness witness;

	AuditSealing(JdbcClient jdbc, AuditSigningKey key, Clock clock, AuditChain chain, AuditWitness witness) {
		this.jdbc = jdbc;
		this.key = key;
		this.clock = clock;
		this.chain = chain;
		this.witness = witness;
	}

	public long seal() {
		var head = this.jdbc.sql("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
			.query((rs, n) -> Map.entry(rs.getLong("seq"), rs.getString("hash")))
			.optional();
		if (head.isEmpty()) {
			return 0;
		}
		long seq = head.get().getKey();
		Long lastSealed = this.jdbc.sql("SELECT coalesce(max(sealed_seq), 0) FROM audit_seal")
			.query(Long.class)
			.single();
		if (lastSealed >= seq) {
			return lastSealed;
		}
		Instant now = Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
		String message = sealMessage(seq, head.get().getValue(), now);
		this.jdbc.sql("""
				INSERT INTO audit_seal (sealed_seq, head_hash, sealed_at, public_key, signature)
				VALUES (:seq, :hash, :at, :publicKey, :signature)
				""")
			.param("seq", seq)
			.param("hash", head.get().getValue())
			.param("at", Timestamp.from(now))
			.param("publicKey", this.key.keyPair().publicHex())
			.param("signature", this.key.keyPair().sign(message))
			.update();
		log.info("Audit chain sealed at event {}", seq);
		return seq;
	}

	public ChainVerification verify() {
		Map<Long, String> hashesToCheck = new HashMap<>();
		List<Seal> seals = this.jdbc.sql("SELECT * FROM audit_seal ORDER BY sealed_seq")
			.query((rs, n) -> new Seal(rs.getLong("sealed_seq"), rs.getString("head_hash"),
					rs.getTimestamp("sealed_at").toInstant(), rs.getString("public_key"), rs.getString("signature")))
			.list();
		seals.forEach(seal -> hashesToCheck.put(seal.seq(), seal.headHash()));
		AuditWitness.Mark witnessed = this.witness.head(this.chain.head().chain()).orElse(null);

		long expectedSeq = 1;
		String prevHash = ChainLink.GENESIS;
		long checked = 0;
		List<AuditRecord> batch;
		do {
			batch = this.jdbc.sql("SELECT * FROM audit_event WHERE seq >= :from ORDER BY seq LIMIT :limit")
				.param("from", expectedSeq)
				.param("limit", BATCH)
				.query(AuditChain::map)
				.list();
			for (AuditRecord event : batch) {
				if (event.seq() != expectedSeq) {
					return ChainVerification.broken(checked, 0, expectedSeq,
							"event " + expectedSeq + " is missing (next present is " + event.seq() + ")");
				}
				if (!event.prevHash().equals(prevHash)) {
					return ChainVerification.broken(checked, 0, event.seq(),
							"link to the previous event does not match");
				}
				if (!ChainLink.hashOf(event).equals(event.hash())) {
					return ChainVerification.broken(checked, 0, event.seq(),
							"content does not match its hash (the row was altered)");
				}
				if (witnessed != null && witnessed.seq() == event.seq() && !witnessed.hash().equals(event.hash())) {
					return ChainVerification.broken(checked, 0, event.seq(),
							"hash differs from the one witnessed outside the database (the chain was rewritten)");
				}
				String sealed = hashesToCheck.get(event.seq());
				if (sealed != null && !sealed.equals(event.hash())) {
					return ChainVerification.broken(checked, 0, event.seq(),
							"hash differs from the one sealed (the chain was rewritten after sealing)");
				}
				prevHash = event.hash();
				expectedSeq++;
				checked++;
			}
		}
		while (batch.size() == BATCH);

		if (witnessed != null && witnessed.seq() > checked) {
			return ChainVerification.broken(checked, 0, checked + 1, "events up to " + witnessed.seq()
					+ " were witnessed outside the database but are missing (the chain was truncated)");
		}
		int sealsChecked = 0;
		for (Seal seal : seals) {
			if (seal.seq() > checked) {
				return ChainVerification.broken(checked, sealsChecked, checked + 1,
						"events up to " + seal.seq() + " were sealed but are missing (the chain was truncated)");
			}
			if (!this.key.trusts(seal.publicKey())) {
				return ChainVerification.broken(checked, sealsChecked, seal.seq(),
						"seal at event " + seal.seq() + " is signed by an untrusted key");
			}
			if (!Sm2KeyPair.verify(seal.publicKey(), sealMessage(seal.seq(), seal.headHash(), seal.sealedAt()),
					seal.signature())) {
				return ChainVerification.broken(checked, sealsChecked, seal.seq(),
						"SM2 signature of the seal at event " + seal.seq() + " is invalid");
			}
			sealsChecked++;
		}
		return ChainVerification.ok(checked, sealsChecked);
	}

	private static String sealMessage(long seq, String hash, Instant sealedAt) {
		return "gongxin-audit-seal|" + seq + "|" + hash + "|" + sealedAt.truncatedTo(ChronoUnit.MICROS);
	}

	private record Seal(long seq, String headHash, Instant sealedAt, String publicKey, String signature) {
	}

}
