package io.gongxin.subscription.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.gongxin.subscription.Delivery;
import io.gongxin.subscription.NewSubscription;
import io.gongxin.subscription.Purpose;
import io.gongxin.subscription.SubscriberKind;
import io.gongxin.subscription.Subscription;
import io.gongxin.subscription.SubscriptionFilter;
import io.gongxin.subscription.SubscriptionState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubscriptionStore {

	private final JdbcClient jdbc;

	SubscriptionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewSubscription request, String ownerRef, String createdBy, Instant at) {
		long id = this.jdbc.sql("""
				INSERT INTO subscription (subscriber_kind, subscriber_code, subscriber_name, event_types, region_prefix,
				                          industry, categories, has_code_list, purpose, delivery, state, start_seq,
				                          owner_ref, created_by, created_at, updated_at)
				VALUES (:kind, :code, :name, :types, :region, :industry, :categories, :hasCodes, :purpose, :delivery,
				        'ACTIVE', (SELECT coalesce(max(seq), 0) FROM subscription_feed), :owner, :by, :at, :at)
				RETURNING id
				""")
			.param("kind", request.subscriberKind().name())
			.param("code", request.subscriberCode())
			.param("name", request.subscriberName())
			.param("types", request.eventTypes().stream().sorted().toArray(String[]::new))
			.param("region", request.filter().regionPrefix())
			.param("industry", request.filter().industry())
			.param("categories", request.filter().categories().stream().sorted().toArray(String[]::new))
			.param("hasCodes", !request.filter().subjectCodes().isEmpty())
			.param("purpose", request.purpose().name())
			.param("delivery", request.delivery().name())
			.param("owner", ownerRef)
			.param("by", createdBy)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
		String[] codes = request.filter().subjectCodes().toArray(String[]::new);
		for (int from = 0; from < codes.length; from += 5000) {
			this.jdbc.sql("""
					INSERT INTO subscription_subject (subscription_id, subject_code)
					SELECT :id, code FROM unnest(CAST(:codes AS TEXT[])) AS code ON CONFLICT DO NOTHING
					""")
				.param("id", id)
				.param("codes", Arrays.copyOfRange(codes, from, Math.min(codes.length, from + 5000)))
				.update();
		}
		return id;
	}

	void attachEndpoint(long id, long endpointId) {
		this.jdbc.sql("UPDATE subscription SET endpoint_id = :endpoint WHERE id = :id")
			.param("endpoint", endpointId)
			.param("id", id)
			.update();
	}

	boolean setState(long id, SubscriptionState state, Instant at) {
		return this.jdbc.sql("UPDATE subscription SET state = :state, updated_at = :at WHERE id = :id")
			.param("state", state.name())
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update() == 1;
	}

	Optional<Subscription> find(long id) {
		return this.jdbc.sql("SELECT * FROM subscription WHERE id = :id").param("id", id).query(this::row).optional();
	}

	Optional<Subscription> byOwnerRef(String ownerRef) {
		return this.jdbc.sql("SELECT * FROM subscription WHERE owner_ref = :owner")
			.param("owner", ownerRef)
			.query(this::row)
			.optional();
	}

	/** Every subscription, or one subscriber's, newest first. */
	List<Subscription> list(SubscriberKind kind, String code, Long beforeId, int limit) {
		return this.jdbc
			.sql("""
					SELECT * FROM subscription
					WHERE (CAST(:kind AS TEXT) IS NULL OR (subscriber_kind = :kind AND subscriber_code IS NOT DISTINCT FROM :code))
					  AND id < :before
					ORDER BY id DESC LIMIT :limit
					""")
			.param("kind", (kind == null) ? null : kind.name())
			.param("code", code)
			.param("before", (beforeId == null) ? Long.MAX_VALUE : beforeId)
			.param("limit", limit)
			.query(this::row)
			.list();
	}

	/** Active subscriptions to any of the types. */
	List<Subscription> active(Set<String> types) {
		return this.jdbc.sql(
				"SELECT * FROM subscription WHERE state = 'ACTIVE' AND event_types && CAST(:types AS TEXT[]) ORDER BY id")
			.param("types", types.toArray(String[]::new))
			.query(this::row)
			.list();
	}

	boolean anyActive(String type) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM subscription WHERE state = 'ACTIVE' AND :type = ANY (event_types))")
			.param("type", type)
			.query(Boolean.class)
			.single();
	}

	private Subscription row(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		Set<String> codes = rs.getBoolean("has_code_list") ? codes(id) : Set.of();
		long endpoint = rs.getLong("endpoint_id");
		Long endpointId = rs.wasNull() ? null : endpoint;
		return new Subscription(id, SubscriberKind.valueOf(rs.getString("subscriber_kind")),
				rs.getString("subscriber_code"), rs.getString("subscriber_name"), strings(rs.getArray("event_types")),
				new SubscriptionFilter(codes, rs.getString("region_prefix"), rs.getString("industry"),
						strings(rs.getArray("categories"))),
				Purpose.valueOf(rs.getString("purpose")), Delivery.valueOf(rs.getString("delivery")), endpointId,
				SubscriptionState.valueOf(rs.getString("state")), rs.getLong("start_seq"),
				rs.getTimestamp("created_at").toInstant());
	}

	private Set<String> codes(long id) {
		return new HashSet<>(this.jdbc.sql("SELECT subject_code FROM subscription_subject WHERE subscription_id = :id")
			.param("id", id)
			.query(String.class)
			.list());
	}

	private static Set<String> strings(Array array) throws SQLException {
		return (array == null) ? Set.of() : Set.of((String[]) array.getArray());
	}

}
