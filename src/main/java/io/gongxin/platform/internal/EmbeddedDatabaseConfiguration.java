package io.gongxin.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a durable PostgreSQL server inside the application when
 * {@code spring.datasource.url} is not set, so that {@code ./mvnw spring-boot:run} needs
 * nothing installed. Unlike zonky's test defaults, fsync and synchronous commit stay on:
 * this is the platform's real data.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.datasource.url", havingValue = "embedded", matchIfMissing = true)
@ConditionalOnBooleanProperty(name = "gongxin.database.embedded.enabled", matchIfMissing = true)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * The same as {@code spring.datasource.hikari.connection-timeout} for an external
	 * server.
	 */
	static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(5);

	@Bean(destroyMethod = "close")
	EmbeddedServer embeddedServer(EmbeddedDatabaseProperties properties) throws IOException {
		Files.createDirectories(properties.dataDirectory());
		new LeftoverServer(properties.dataDirectory(), Duration.ofSeconds(60)).stopIfAbandoned();
		EmbeddedServer server = new EmbeddedServer(properties.dataDirectory(), properties.port(),
				port -> builder(properties, port), properties.keeperInterval());
		log.info("Embedded PostgreSQL started: data in {}, {}", properties.dataDirectory().toAbsolutePath(),
				server.jdbcUrl());
		return server;
	}

	private static EmbeddedPostgres.Builder builder(EmbeddedDatabaseProperties properties, int port) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(properties.dataDirectory())
			.setCleanDataDirectory(false)
			// Spring stops the server after every bean that uses it; zonky's own JVM hook
			// would race ahead of them.
			.setRegisterShutdownHook(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			// large intakes touch index pages all over; compressed full-page images
			// halve the WAL they write
			.setServerConfig("wal_compression", "pglz")
			.setServerConfig("max_connections", "100")
			.setServerConfig("timezone", "UTC");
		// an operator's tuning (shared_buffers for a large register), after the
		// platform's own defaults so that it can change them
		properties.settings().forEach(builder::setServerConfig);
		if (port > 0) {
			builder.setPort(port);
		}
		return builder;
	}

	@Bean
	DataSource dataSource(EmbeddedServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPoolName("gongxin-embedded");
		dataSource.setMaximumPoolSize(20);
		// while the server is away a request gets its 503 within seconds instead of
		// holding a server thread for Hikari's default 30
		dataSource.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
		// turns JDBC batches into multi-row INSERTs: intake writes records in batches of
		// 500
		dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
		return dataSource;
	}

}
