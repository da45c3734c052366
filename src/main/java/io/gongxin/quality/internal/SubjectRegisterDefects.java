package io.gongxin.quality.internal;

import java.util.concurrent.atomic.AtomicLong;

import io.gongxin.identifier.IdentifierCheck;
import io.gongxin.quality.CodeDefects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stop-gap source of code defects: reads the subject register's keys (read only) and
 * checks each current USCC with {@link IdentifierCheck}. To be replaced by the identifier
 * module's governance facade once it exists.
 */
@Component
class SubjectRegisterDefects implements IdentifierGovernance {

	private final JdbcClient jdbc;

	private final IdentifierCheck check;

	SubjectRegisterDefects(JdbcClient jdbc, IdentifierCheck check) {
		this.jdbc = jdbc;
		this.check = check;
	}

	@Override
	public CodeDefects defects() {
		AtomicLong codes = new AtomicLong();
		AtomicLong invalid = new AtomicLong();
		this.jdbc.sql("SELECT DISTINCT value FROM subject_key WHERE kind = 'USCC' AND current").query(rs -> {
			codes.incrementAndGet();
			if (!this.check.verdict(rs.getString(1)).acceptable()) {
				invalid.incrementAndGet();
			}
		});
		long duplicates = this.jdbc.sql("""
				SELECT count(*) FROM (
				    SELECT k.value FROM subject_key k JOIN subject s ON s.id = k.subject_id
				    WHERE k.kind = 'USCC' AND k.current
				    GROUP BY k.value HAVING count(DISTINCT s.name_normalized) > 1) d
				""").query(Long.class).single();
		long corrected = this.jdbc.sql("""
				SELECT count(DISTINCT subject_id) FROM subject_key
				WHERE kind = 'USCC' AND current AND note IS NOT NULL
				  AND subject_id IN (SELECT subject_id FROM subject_key WHERE kind = 'USCC' AND NOT current)
				""").query(Long.class).single();
		return new CodeDefects(codes.get(), duplicates, invalid.get(), corrected, "subject register");
	}

}
