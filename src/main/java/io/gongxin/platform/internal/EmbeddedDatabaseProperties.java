package io.gongxin.platform.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL server used when no external database is configured.
 *
 * @param dataDirectory where the cluster lives; it survives restarts
 * @param port TCP port on localhost, 0 for a free one
 */
@ConfigurationProperties("gongxin.database.embedded")
record EmbeddedDatabaseProperties(Path dataDirectory, int port) {

	EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of("data", "pg");
		}
	}

}
