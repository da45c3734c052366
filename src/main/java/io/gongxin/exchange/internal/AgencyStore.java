package io.gongxin.exchange.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.gongxin.exchange.Agency;
import io.gongxin.exchange.AgencyStatus;
import io.gongxin.exchange.NewAgency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The register of licensed credit service agencies. */
@Repository
public class AgencyStore {

	private final JdbcClient jdbc;

	AgencyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether an agency holds the code, the USCC or the filing number already. */
	public boolean taken(NewAgency agency) {
		return this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM exchange_agency WHERE code = :code OR uscc = :uscc "
					+ "OR filing_number = :filing)")
			.param("code", agency.code())
			.param("uscc", agency.uscc())
			.param("filing", agency.filingNumber())
			.query(Boolean.class)
			.single();
	}

	public long insert(NewAgency agency, UUID apiKeyId, long subscriptionId, String by, Instant at) {
		return this.jdbc
			.sql("""
					INSERT INTO exchange_agency (code, name, uscc, filing_number, filing_authority, categories, status,
					                             api_key_id, subscription_id, registered_by, registered_at, status_changed_at)
					VALUES (:code, :name, :uscc, :filing, :authority, CAST(:categories AS TEXT[]), 'ACTIVE', :key,
					        :subscription, :by, :at, :at)
					RETURNING id
					""")
			.param("code", agency.code())
			.param("name", agency.name())
			.param("uscc", agency.uscc())
			.param("filing", agency.filingNumber())
			.param("authority", agency.filingAuthority())
			.param("categories", agency.categories().stream().sorted().toArray(String[]::new))
			.param("key", apiKeyId)
			.param("subscription", subscriptionId)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	/** Changes the status unless it changed meanwhile; false when it did. */
	public boolean setStatus(long id, AgencyStatus from, AgencyStatus to, String reason, Instant at) {
		return this.jdbc.sql("""
				UPDATE exchange_agency SET status = :to, status_reason = :reason, status_changed_at = :at
				WHERE id = :id AND status = :from
				""")
			.param("id", id)
			.param("from", from.name())
			.param("to", to.name())
			.param("reason", reason)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	public Optional<Agency> find(long id) {
		return this.jdbc.sql("SELECT * FROM exchange_agency WHERE id = :id")
			.param("id", id)
			.query(AgencyStore::agency)
			.optional();
	}

	public Optional<Agency> findByCode(String code) {
		return this.jdbc.sql("SELECT * FROM exchange_agency WHERE code = :code")
			.param("code", code)
			.query(AgencyStore::agency)
			.optional();
	}

	public List<Agency> all() {
		return this.jdbc.sql("SELECT * FROM exchange_agency ORDER BY id DESC LIMIT 1000")
			.query(AgencyStore::agency)
			.list();
	}

	private static Agency agency(ResultSet rs, int n) throws SQLException {
		Array categories = rs.getArray("categories");
		return new Agency(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("uscc"),
				rs.getString("filing_number"), rs.getString("filing_authority"),
				Set.of((String[]) categories.getArray()), AgencyStatus.valueOf(rs.getString("status")),
				rs.getString("status_reason"), rs.getObject("api_key_id", UUID.class), rs.getLong("subscription_id"),
				rs.getString("registered_by"), rs.getTimestamp("registered_at").toInstant(),
				rs.getTimestamp("status_changed_at").toInstant());
	}

}
