package io.gongxin.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gongxin.security.Accounts.ApiKeyInfo;
import io.gongxin.security.Actor;
import io.gongxin.security.IssuedApiKey;
import io.gongxin.security.Role;

import io.gongxin.platform.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * API keys look like {@code gx_<prefix>_<secret>}. The prefix finds the row; the whole
 * key is compared by its SHA-256 hash. A key is 190 random bits, so a fast hash is
 * enough: nobody can guess one to brute-force.
 */
@Repository
public class ApiKeyStore {

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiKeyStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public IssuedApiKey issue(String name, Role role, String departmentCode, String createdBy) {
		UUID id = UUID.randomUUID();
		String prefix = randomText(10);
		String secret = "gx_" + prefix + "_" + randomText(32);
		this.jdbc.sql("""
				INSERT INTO security_api_key (id, name, key_prefix, key_hash, role, department_code, created_by,
				                              created_at)
				VALUES (:id, :name, :prefix, :hash, :role, :department, :createdBy, :createdAt)
				""")
			.param("id", id)
			.param("name", name)
			.param("prefix", prefix)
			.param("hash", Sha256.hex(secret))
			.param("role", role.name())
			.param("department", departmentCode)
			.param("createdBy", createdBy)
			.param("createdAt", Timestamp.from(Instant.now(this.clock)))
			.update();
		return new IssuedApiKey(id, name, role, departmentCode, secret);
	}

	/**
	 * The actor a presented key stands for, if the key is well-formed, known, matching
	 * and not revoked.
	 */
	Optional<Actor> authenticate(String presented) {
		if (presented == null || presented.length() > 100 || !presented.startsWith("gx_")) {
			return Optional.empty();
		}
		int split = presented.indexOf('_', 3);
		if (split < 0) {
			return Optional.empty();
		}
		String prefix = presented.substring(3, split);
		String hash = Sha256.hex(presented);
		Optional<Candidate> candidate = this.jdbc.sql("""
				SELECT name, key_hash, role, department_code, last_used_at FROM security_api_key
				WHERE key_prefix = :prefix AND revoked_at IS NULL
				""")
			.param("prefix", prefix)
			.query((rs, n) -> new Candidate(rs.getString("name"), rs.getString("key_hash"), rs.getString("role"),
					rs.getString("department_code"), rs.getTimestamp("last_used_at")))
			.optional();
		if (candidate.isEmpty() || !MessageDigest.isEqual(candidate.get().hash().getBytes(StandardCharsets.US_ASCII),
				hash.getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		// to the minute: writing on every call would make all calls with one key queue on
		// its row and on a commit each
		Instant now = Instant.now(this.clock);
		Timestamp lastUsed = candidate.get().lastUsed();
		if (lastUsed == null || lastUsed.toInstant().isBefore(now.minusSeconds(60))) {
			this.jdbc.sql("UPDATE security_api_key SET last_used_at = :now WHERE key_prefix = :prefix")
				.param("now", Timestamp.from(now))
				.param("prefix", prefix)
				.update();
		}
		Candidate key = candidate.get();
		return Optional.of(new Actor("apikey:" + key.name(), Role.valueOf(key.role()), key.departmentCode()));
	}

	private record Candidate(String name, String hash, String role, String departmentCode, Timestamp lastUsed) {
	}

	public boolean revoke(UUID id) {
		return this.jdbc.sql("UPDATE security_api_key SET revoked_at = :now WHERE id = :id AND revoked_at IS NULL")
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.param("id", id)
			.update() == 1;
	}

	public List<ApiKeyInfo> all() {
		return this.jdbc.sql("SELECT * FROM security_api_key ORDER BY created_at DESC, id")
			.query(ApiKeyStore::info)
			.list();
	}

	private static ApiKeyInfo info(ResultSet rs, int row) throws SQLException {
		return new ApiKeyInfo(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("key_prefix"),
				Role.valueOf(rs.getString("role")), rs.getString("department_code"), rs.getString("created_by"),
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("revoked_at")),
				instant(rs.getTimestamp("last_used_at")));
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private String randomText(int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

}
