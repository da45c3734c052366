package io.gongxin.platform.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.platform.DemoDataContributor;
import io.gongxin.platform.SystemActor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads each capability's demo data once per database, after the application is ready, so
 * that a newcomer's first {@code spring-boot:run} shows a working platform. Each
 * contribution commits with its marker, so an interrupted first start resumes where it
 * stopped.
 */
@Component
class DemoDataLoader {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final ObjectProvider<DemoDataContributor> contributors;

	private final DemoDataSettings settings;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoDataLoader(ObjectProvider<DemoDataContributor> contributors, DemoDataSettings settings, JdbcClient jdbc,
			TransactionTemplate transactions, Clock clock) {
		this.contributors = contributors;
		this.settings = settings;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	// ahead of the other start-up listeners: a newly generated password is shown after
	// the demo data's own output, as the last thing on the console
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 100)
	void loadOnFirstStart() {
		if (!this.settings.enabled()) {
			return;
		}
		load();
	}

	/** Runs every contribution not loaded yet; returns how many ran. */
	int load() {
		List<DemoDataContributor> ordered = this.contributors.orderedStream()
			.sorted(Comparator.comparingInt(DemoDataContributor::order))
			.toList();
		int ran = 0;
		for (DemoDataContributor contributor : ordered) {
			if (loaded(contributor.name())) {
				continue;
			}
			log.info("Loading demo data: {}", contributor.name());
			if (contributor.transactional()) {
				SystemActor.runAs("demo", () -> this.transactions.executeWithoutResult(status -> {
					contributor.contribute();
					markLoaded(contributor);
				}));
			}
			else {
				SystemActor.runAs("demo", contributor::contribute);
				markLoaded(contributor);
			}
			ran++;
		}
		return ran;
	}

	private void markLoaded(DemoDataContributor contributor) {
		this.jdbc.sql("INSERT INTO platform_demo_load (name, loaded_at) VALUES (:name, :at)")
			.param("name", contributor.name())
			.param("at", java.sql.Timestamp.from(Instant.now(this.clock)))
			.update();
	}

	private boolean loaded(String name) {
		return this.jdbc.sql("SELECT count(*) FROM platform_demo_load WHERE name = :name")
			.param("name", name)
			.query(Integer.class)
			.single() > 0;
	}

}
