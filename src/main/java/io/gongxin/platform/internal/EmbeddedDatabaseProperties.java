package io.gongxin.platform.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL server used when no external database is configured.
 *
 * @param dataDirectory where the cluster lives; it survives restarts
 * @param port TCP port on localhost, 0 for a free one
 * @param keeperInterval how often the platform checks that its server runs and starts it
 * again if not; zero turns the check off
 * @param settings server settings, as in {@code postgresql.conf}, named in kebab case
 * ({@code shared-buffers: 4GB} is {@code shared_buffers = 4GB}); the durability, address
 * and time-zone settings the platform fixes cannot be among them
 */
@ConfigurationProperties("gongxin.database.embedded")
record EmbeddedDatabaseProperties(Path dataDirectory, int port, Duration keeperInterval, Map<String, String> settings) {

	/**
	 * What makes a commit durable, where the server is found and the zone its timestamps
	 * are written in: a tuning setting must not change them.
	 */
	static final Set<String> FIXED = Set.of("fsync", "synchronous_commit", "full_page_writes", "data_directory", "port",
			"listen_addresses", "timezone");

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.]*");

	EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of("data", "pg");
		}
		if (keeperInterval == null) {
			keeperInterval = Duration.ofSeconds(2);
		}
		Map<String, String> named = new LinkedHashMap<>();
		if (settings != null) {
			settings.forEach((key, value) -> {
				String name = key.toLowerCase(Locale.ROOT).replace('-', '_');
				if (!NAME.matcher(name).matches()) {
					throw new IllegalArgumentException(
							"gongxin.database.embedded.settings: '" + key + "' is not a PostgreSQL setting name");
				}
				if (FIXED.contains(name)) {
					throw new IllegalArgumentException("gongxin.database.embedded.settings: '" + key
							+ "' is fixed by the platform (durability, address and time zone) and cannot be set");
				}
				if (value == null || value.isBlank() || value.indexOf('\n') >= 0 || value.indexOf('\0') >= 0) {
					throw new IllegalArgumentException(
							"gongxin.database.embedded.settings: '" + key + "' needs a one-line value");
				}
				named.put(name, value.strip());
			});
		}
		settings = Map.copyOf(named);
	}

}
