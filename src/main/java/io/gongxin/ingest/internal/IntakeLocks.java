package io.gongxin.ingest.internal;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Batches of one provider and category are stored one after another. Two batches naming
 * the same 文书号 decide between them which version supersedes which; run side by side, each
 * would find no active version and both would try to be the first one.
 *
 * <p>
 * Waiting happens in this JVM first, so that a queue of waiting batches holds no database
 * connections; the advisory lock in the batch's transaction then keeps the order when
 * several platform instances share the database.
 */
@Component
class IntakeLocks {

	private static final int STRIPES = 64;

	private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

	private final JdbcClient jdbc;

	IntakeLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
		for (int i = 0; i < STRIPES; i++) {
			this.stripes[i] = new ReentrantLock(true);
		}
	}

	ReentrantLock of(String providerCode, String categoryCode) {
		return this.stripes[Math.floorMod(key(providerCode, categoryCode).hashCode(), STRIPES)];
	}

	/** Inside the batch's transaction; released when it ends. */
	void holdInTransaction(String providerCode, String categoryCode) {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
			.param("key", key(providerCode, categoryCode))
			.query()
			.listOfRows();
	}

	private static String key(String providerCode, String categoryCode) {
		return "ingest:" + providerCode + "/" + categoryCode;
	}

}
