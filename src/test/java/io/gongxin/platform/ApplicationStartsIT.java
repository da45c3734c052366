package io.gongxin.platform;

import org.junit.jupiter.api.Test;

import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@GongxinIntegrationTest
class ApplicationStartsIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.util.List<org.springframework.scheduling.annotation.AsyncConfigurer> asyncConfigurers;

	@Test
	void migratesEveryModuleIntoARealPostgresql() {
		String version = this.jdbc.sql("SHOW server_version").query(String.class).single();
		assertThat(version).startsWith("18.");
		assertThat(
				this.jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE success").query(Integer.class).single())
			.isGreaterThanOrEqualTo(4);
	}

	@Test
	void asynchronousListenersShareOneBoundedPoolInsteadOfAThreadPerEvent() throws Exception {
		assertThat(this.asyncConfigurers).hasSize(1);
		var executor = this.asyncConfigurers.get(0).getAsyncExecutor();
		assertThat(executor).isInstanceOf(org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor.class);
		var pool = (org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor) executor;
		var threads = java.util.concurrent.ConcurrentHashMap.<String>newKeySet();
		var done = new java.util.concurrent.CountDownLatch(200);
		for (int i = 0; i < 200; i++) {
			pool.execute(() -> {
				threads.add(Thread.currentThread().getName());
				done.countDown();
			});
		}
		assertThat(done.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		assertThat(threads).allMatch(name -> name.startsWith("gongxin-async-"));
		assertThat(pool.getThreadPoolExecutor().getLargestPoolSize()).isLessThanOrEqualTo(pool.getCorePoolSize())
			.isLessThanOrEqualTo(8);
	}

}
