package io.gongxin.outbox.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.gongxin.outbox.Endpoint;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EndpointStore {

	private final JdbcClient jdbc;

	EndpointStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String name, URI url, String ownerRef, String departmentCode, String sealedSecret, Instant at) {
		return this.jdbc
			.sql("""
					INSERT INTO outbox_endpoint (name, url, owner_ref, department_code, secret_ciphertext, created_at, updated_at)
					VALUES (:name, :url, :owner, :department, :secret, :at, :at) RETURNING id
					""")
			.param("name", name)
			.param("url", url.toString())
			.param("owner", ownerRef)
			.param("department", departmentCode)
			.param("secret", sealedSecret)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	Optional<Endpoint> find(long id) {
		return this.jdbc.sql("SELECT * FROM outbox_endpoint WHERE id = :id")
			.param("id", id)
			.query(EndpointStore::endpoint)
			.optional();
	}

	Optional<String> sealedSecret(long id) {
		return this.jdbc.sql("SELECT secret_ciphertext FROM outbox_endpoint WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	List<Endpoint> all() {
		return this.jdbc.sql("SELECT * FROM outbox_endpoint ORDER BY id").query(EndpointStore::endpoint).list();
	}

	boolean update(long id, String column, Object value, Instant at) {
		String sql = switch (column) {
			case "url" -> "UPDATE outbox_endpoint SET url = :value, updated_at = :at WHERE id = :id";
			case "secret" -> "UPDATE outbox_endpoint SET secret_ciphertext = :value, updated_at = :at WHERE id = :id";
			case "active" -> "UPDATE outbox_endpoint SET active = :value, updated_at = :at WHERE id = :id";
			default -> throw new IllegalArgumentException(column);
		};
		return this.jdbc.sql(sql).param("value", value).param("at", Timestamp.from(at)).param("id", id).update() == 1;
	}

	static Endpoint endpoint(ResultSet rs, int row) throws SQLException {
		return new Endpoint(rs.getLong("id"), rs.getString("name"), URI.create(rs.getString("url")),
				rs.getString("owner_ref"), rs.getString("department_code"), rs.getBoolean("active"),
				rs.getTimestamp("created_at").toInstant());
	}

}
