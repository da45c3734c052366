package io.gongxin.quality.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gongxin.quality.BulletinContent;
import io.gongxin.quality.Period;
import io.gongxin.quality.PublishedBulletin;

import io.gongxin.platform.Sha256;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;

/**
 * Published bulletins; the table refuses updates and deletes.
 */
@Repository
public class BulletinStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	BulletinStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public boolean exists(Period period) {
		return this.jdbc.sql("SELECT count(*) FROM quality_bulletin WHERE period_from = :from AND period_to = :to")
			.param("from", period.from())
			.param("to", period.to())
			.query(Long.class)
			.single() > 0;
	}

	public PublishedBulletin insert(BulletinContent content, String commentary, String by, Instant at) {
		String snapshot = this.json.writeValueAsString(content);
		String sha = Sha256.hex(snapshot);
		long id = this.jdbc.sql("""
				INSERT INTO quality_bulletin (period_from, period_to, label, commentary, content, content_sha256,
				    published_by, published_at)
				VALUES (:from, :to, :label, :commentary, CAST(:content AS JSONB), :sha, :by, :at) RETURNING id
				""")
			.param("from", content.from())
			.param("to", content.to())
			.param("label", content.label())
			.param("commentary", commentary)
			.param("content", snapshot)
			.param("sha", sha)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		return new PublishedBulletin(id, content.label(), commentary, content, sha, by, at);
	}

	public Optional<PublishedBulletin> find(long id) {
		return this.jdbc.sql("SELECT * FROM quality_bulletin WHERE id = :id")
			.param("id", id)
			.query(this::bulletin)
			.optional();
	}

	/** Newest first, keyset on id. */
	public List<PublishedBulletin> list(long beforeId, int limit) {
		return this.jdbc.sql("SELECT * FROM quality_bulletin WHERE id < :before ORDER BY id DESC LIMIT :limit")
			.param("before", beforeId)
			.param("limit", limit)
			.query(this::bulletin)
			.list();
	}

	private PublishedBulletin bulletin(ResultSet rs, int row) throws SQLException {
		return new PublishedBulletin(rs.getLong("id"), rs.getString("label"), rs.getString("commentary"),
				this.json.readValue(rs.getString("content"), BulletinContent.class), rs.getString("content_sha256"),
				rs.getString("published_by"), rs.getTimestamp("published_at").toInstant());
	}

}
