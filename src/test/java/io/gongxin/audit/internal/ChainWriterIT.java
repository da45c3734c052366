package io.gongxin.audit.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.gongxin.audit.AttributedEntry;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.audit.AuditOrigin;
import io.gongxin.platform.SystemActor;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An append links its entries beforehand onto the head this instance committed last; when
 * the chain has moved on without this instance seeing it (another instance appended), the
 * guarded insert writes nothing and the entries are linked onto the real head.
 */
@GongxinIntegrationTest
class ChainWriterIT {

	@Autowired
	AuditLog audit;

	@Autowired
	ChainWriter writer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anAppendAfterOneThisInstanceDidNotSeeFollowsItAndTheChainHolds() {
		record(AuditEntry.change("test.writer.first", "thing", "1"));
		// as another platform instance would: appended under the lock, but never
		// witnessed here
		this.transactions.executeWithoutResult(status -> this.writer.write(
				List.of(new AttributedEntry(AuditEntry.change("test.writer.elsewhere", "thing", "2"),
						new AuditOrigin(Instant.parse("2026-12-05T08:00:00Z"), "other-instance", "ROLE_ADMIN", null))),
				null));
		record(AuditEntry.change("test.writer.next", "thing", "3"));
		record(AuditEntry.change("test.writer.last", "thing", "4"));

		assertThat(this.jdbc.sql("""
				SELECT action FROM audit_event WHERE action LIKE 'test.writer.%' ORDER BY seq
				""").query(String.class).list()).containsExactly("test.writer.first", "test.writer.elsewhere",
				"test.writer.next", "test.writer.last");
		assertThat(this.jdbc.sql("SELECT max(seq) - min(seq) + 1 = count(*) FROM audit_event")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(this.audit.verify().intact()).isTrue();
	}

	private void record(AuditEntry entry) {
		this.transactions.executeWithoutResult(status -> SystemActor.runAs("test", () -> this.audit.record(entry)));
	}

}
