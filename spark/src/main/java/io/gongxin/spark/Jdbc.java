package io.gongxin.spark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * The platform's PostgreSQL database, as the driver (for plain statements) and Spark's
 * JDBC source (for the tables) reach it.
 */
public record Jdbc(String url, String user, String password) {

	public Jdbc {
		Objects.requireNonNull(url, "url");
		// the write-back is PostgreSQL (advisory lock, INT[], ON CONFLICT), as the platform
		if (!url.startsWith("jdbc:postgresql:")) {
			throw new IllegalArgumentException("the platform's database is PostgreSQL: jdbc:postgresql://host/db");
		}
	}

	public Connection connect() throws SQLException {
		Properties properties = new Properties();
		if (this.user != null) {
			properties.setProperty("user", this.user);
		}
		if (this.password != null) {
			properties.setProperty("password", this.password);
		}
		return DriverManager.getConnection(this.url, properties);
	}

	/** The options of Spark's JDBC source for a table or a query. */
	public Map<String, String> spark() {
		Map<String, String> options = new HashMap<>();
		options.put("url", this.url);
		// named, as spark-submit's class loaders may hide the driver from DriverManager
		options.put("driver", "org.postgresql.Driver");
		if (this.user != null) {
			options.put("user", this.user);
		}
		if (this.password != null) {
			options.put("password", this.password);
		}
		return options;
	}

	@Override
	public String toString() {
		return "Jdbc[" + this.url + ", user " + this.user + "]";
	}

}
