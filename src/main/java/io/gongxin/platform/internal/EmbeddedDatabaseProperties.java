package io.gongxin.platform.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL server used when no external database is configured.
 *
 * @param dataDirectory where the cluster lives; it survives restarts
 * @param port TCP port on localhost, 0 for a free one
 * @param keeperInterval how often the platform checks that its server runs and starts it
 * again if not; zero turns the check off
 */
@ConfigurationProperties("gongxin.database.embedded")
record EmbeddedDatabaseProperties(Path dataDirectory, int port, Duration keeperInterval) {

	EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of("data", "pg");
		}
		if (keeperInterval == null) {
			keeperInterval = Duration.ofSeconds(2);
		}
	}

}
