package io.gongxin.quality.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gongxin.quality.Notice;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The providers' inbox. One notice per provider and dedup key. */
@Repository
class NoticeStore {

	private final JdbcClient jdbc;

	NoticeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The new notice, or empty when the same one was raised before. */
	Optional<Notice> add(String provider, String kind, String dedupKey, String message, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO quality_notice (provider_code, kind, dedup_key, message, created_at)
				VALUES (:provider, :kind, :key, :message, :at)
				ON CONFLICT (provider_code, dedup_key) DO NOTHING RETURNING id
				""")
			.param("provider", provider)
			.param("kind", kind)
			.param("key", dedupKey)
			.param("message", message)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.optional()
			.map(id -> new Notice(id, provider, kind, message, at, false));
	}

	List<Notice> inbox(String provider, long beforeId, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM quality_notice
				WHERE (CAST(:provider AS TEXT) IS NULL OR provider_code = :provider) AND id < :before
				ORDER BY id DESC LIMIT :limit
				""")
			.param("provider", provider)
			.param("before", beforeId)
			.param("limit", limit)
			.query((rs, n) -> new Notice(rs.getLong("id"), rs.getString("provider_code"), rs.getString("kind"),
					rs.getString("message"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("delivered")))
			.list();
	}

}
