package io.gongxin.subscription.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The feed of events that subscriptions cover. */
@Repository
class FeedStore {

	private final JdbcClient jdbc;

	FeedStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Enters the entries not entered before; returns those new, with their sequence
	 * numbers.
	 */
	List<Stored> append(List<Entry> entries) {
		List<Stored> stored = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			this.jdbc
				.sql("""
						INSERT INTO subscription_feed (event_type, source_key, occurred_at, department_code, subject_code,
						                               subject_is_person, region, industry, category_code, payload, public_info)
						VALUES (:type, :source, :at, :department, :subject, :person, :region, :industry, :category, :payload,
						        :public)
						ON CONFLICT (event_type, source_key) DO NOTHING RETURNING seq
						""")
				.param("type", entry.type())
				.param("source", entry.sourceKey())
				.param("at", Timestamp.from(entry.occurredAt()))
				.param("department", entry.departmentCode())
				.param("subject", entry.subjectCode())
				.param("person", entry.subjectIsPerson())
				.param("region", entry.region())
				.param("industry", entry.industry())
				.param("category", entry.categoryCode())
				.param("payload", entry.payload())
				.param("public", entry.publicInfo())
				.query(Long.class)
				.optional()
				.ifPresent(seq -> stored.add(new Stored(seq, entry)));
		}
		return stored;
	}

	/** Entries of the types after {@code afterSeq}, oldest first. */
	List<Stored> after(Set<String> types, long afterSeq, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM subscription_feed WHERE event_type = ANY (CAST(:types AS TEXT[])) AND seq > :after
				ORDER BY seq LIMIT :limit
				""")
			.param("types", types.toArray(String[]::new))
			.param("after", afterSeq)
			.param("limit", limit)
			.query(FeedStore::stored)
			.list();
	}

	private static Stored stored(ResultSet rs, int n) throws SQLException {
		return new Stored(rs.getLong("seq"),
				new Entry(rs.getString("event_type"), rs.getString("source_key"),
						rs.getTimestamp("occurred_at").toInstant(), rs.getString("department_code"),
						rs.getString("subject_code"), rs.getBoolean("subject_is_person"), rs.getString("region"),
						rs.getString("industry"), rs.getString("category_code"), rs.getString("payload"),
						rs.getBoolean("public_info")));
	}

	/**
	 * An event as the feed keeps it; the payload is JSON with the subject's full code.
	 *
	 * @param publicInfo whether it reports public credit information about an
	 * organisation (an item in publicity, its end, its repair): the only entries agencies
	 * receive
	 */
	record Entry(String type, String sourceKey, Instant occurredAt, String departmentCode, String subjectCode,
			boolean subjectIsPerson, String region, String industry, String categoryCode, String payload,
			boolean publicInfo) {

		Entry(String type, String sourceKey, Instant occurredAt, String departmentCode, String subjectCode,
				boolean subjectIsPerson, String region, String industry, String categoryCode, String payload) {
			this(type, sourceKey, occurredAt, departmentCode, subjectCode, subjectIsPerson, region, industry,
					categoryCode, payload, false);
		}

	}

	record Stored(long seq, Entry entry) {

		String id() {
			return "feed-" + this.seq;
		}

	}

}
