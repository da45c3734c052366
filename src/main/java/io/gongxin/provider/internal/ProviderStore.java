package io.gongxin.provider.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.gongxin.identifier.Uscc;
import io.gongxin.provider.AuthorityUnit;
import io.gongxin.provider.Jurisdiction;
import io.gongxin.provider.OutsideJurisdiction;
import io.gongxin.provider.Provider;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ProviderStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	ProviderStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void insert(Provider provider) {
		this.jdbc.sql("""
				INSERT INTO provider (code, name, uscc, division_code, active, version, created_at, updated_at)
				VALUES (:code, :name, :uscc, :division, :active, 0, :now, :now)
				""")
			.param("code", provider.code())
			.param("name", provider.name())
			.param("uscc", provider.uscc())
			.param("division", provider.divisionCode())
			.param("active", provider.active())
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	public boolean update(Provider provider, int expectedVersion) {
		return this.jdbc.sql("""
				UPDATE provider SET name = :name, uscc = :uscc, division_code = :division, active = :active,
				                    version = version + 1, updated_at = :now
				WHERE code = :code AND version = :expected
				""")
			.param("code", provider.code())
			.param("name", provider.name())
			.param("uscc", provider.uscc())
			.param("division", provider.divisionCode())
			.param("active", provider.active())
			.param("expected", expectedVersion)
			.param("now", Timestamp.from(Instant.now(this.clock)))
			.update() == 1;
	}

	public Optional<Provider> find(String code) {
		return this.jdbc.sql("SELECT * FROM provider WHERE code = :code")
			.param("code", code)
			.query(ProviderStore::map)
			.optional();
	}

	public List<Provider> list(String afterCode, int limit) {
		return this.jdbc.sql("SELECT * FROM provider WHERE code > :after ORDER BY code LIMIT :limit")
			.param("after", afterCode)
			.param("limit", limit)
			.query(ProviderStore::map)
			.list();
	}

	public Set<String> obligations(String code) {
		return new TreeSet<>(this.jdbc.sql("SELECT category_code FROM provider_obligation WHERE provider_code = :code")
			.param("code", code)
			.query(String.class)
			.list());
	}

	public void replaceObligations(String code, Set<String> categories) {
		this.jdbc.sql("DELETE FROM provider_obligation WHERE provider_code = :code").param("code", code).update();
		for (String category : categories) {
			this.jdbc.sql("INSERT INTO provider_obligation (provider_code, category_code) VALUES (:code, :category)")
				.param("code", code)
				.param("category", category)
				.update();
		}
	}

	public List<String> obligedToReport(String category) {
		return this.jdbc.sql("""
				SELECT o.provider_code FROM provider_obligation o JOIN provider p ON p.code = o.provider_code
				WHERE o.category_code = :category AND p.active ORDER BY o.provider_code
				""").param("category", category).query(String.class).list();
	}

	public Jurisdiction jurisdiction(String code) {
		List<AuthorityUnit> units = this.jdbc
			.sql("SELECT uscc, name FROM provider_jurisdiction WHERE provider_code = :code ORDER BY uscc")
			.param("code", code)
			.query((rs, row) -> new AuthorityUnit(new Uscc(rs.getString("uscc")), rs.getString("name")))
			.list();
		String outside = this.jdbc.sql("SELECT outside_jurisdiction FROM provider WHERE code = :code")
			.param("code", code)
			.query(String.class)
			.single();
		return new Jurisdiction(code, units, OutsideJurisdiction.valueOf(outside));
	}

	public void replaceJurisdiction(Jurisdiction jurisdiction) {
		this.jdbc.sql("DELETE FROM provider_jurisdiction WHERE provider_code = :code")
			.param("code", jurisdiction.providerCode())
			.update();
		for (AuthorityUnit unit : jurisdiction.units()) {
			addUnit(jurisdiction.providerCode(), unit);
		}
		this.jdbc.sql("UPDATE provider SET outside_jurisdiction = :outside WHERE code = :code")
			.param("code", jurisdiction.providerCode())
			.param("outside", jurisdiction.outside().name())
			.update();
	}

	public void addUnit(String code, AuthorityUnit unit) {
		this.jdbc.sql("""
				INSERT INTO provider_jurisdiction (provider_code, uscc, name) VALUES (:code, :uscc, :name)
				ON CONFLICT (provider_code, uscc) DO NOTHING
				""").param("code", code).param("uscc", unit.uscc().value()).param("name", unit.name()).update();
	}

	private static Provider map(ResultSet rs, int row) throws SQLException {
		return new Provider(rs.getString("code"), rs.getString("name"), rs.getString("uscc"),
				rs.getString("division_code"), rs.getBoolean("active"), rs.getInt("version"));
	}

}
