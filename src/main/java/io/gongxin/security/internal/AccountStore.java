package io.gongxin.security.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gongxin.security.Accounts.Account;
import io.gongxin.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class AccountStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record StoredAccount(Account account, String passwordHash) {
	}

	public boolean exists(String username) {
		return this.jdbc.sql("SELECT count(*) FROM security_user WHERE username = :username")
			.param("username", username)
			.query(Integer.class)
			.single() > 0;
	}

	public void insert(Account account, String passwordHash) {
		this.jdbc.sql("""
				INSERT INTO security_user (username, display_name, password_hash, role, department_code, uscc, enabled,
				                           created_at)
				VALUES (:username, :displayName, :hash, :role, :department, :uscc, :enabled, :createdAt)
				""")
			.param("username", account.username())
			.param("displayName", account.displayName())
			.param("hash", passwordHash)
			.param("role", account.role().name())
			.param("department", account.departmentCode())
			.param("uscc", account.uscc())
			.param("enabled", account.enabled())
			.param("createdAt", Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	Optional<StoredAccount> find(String username) {
		return this.jdbc.sql("SELECT * FROM security_user WHERE username = :username")
			.param("username", username)
			.query((rs, n) -> new StoredAccount(account(rs), rs.getString("password_hash")))
			.optional();
	}

	public List<Account> all() {
		return this.jdbc
			.sql("SELECT username, display_name, role, department_code, enabled, uscc FROM security_user "
					+ "ORDER BY username")
			.query((rs, n) -> account(rs))
			.list();
	}

	private static Account account(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Account(rs.getString("username"), rs.getString("display_name"), Role.valueOf(rs.getString("role")),
				rs.getString("department_code"), rs.getBoolean("enabled"), rs.getString("uscc"));
	}

	public long countByRole(Role role) {
		return this.jdbc.sql("SELECT count(*) FROM security_user WHERE role = :role AND enabled")
			.param("role", role.name())
			.query(Long.class)
			.single();
	}

	public boolean setEnabled(String username, boolean enabled) {
		return this.jdbc.sql("UPDATE security_user SET enabled = :enabled WHERE username = :username")
			.param("enabled", enabled)
			.param("username", username)
			.update() == 1;
	}

}
