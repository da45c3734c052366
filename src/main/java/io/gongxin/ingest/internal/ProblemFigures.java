package io.gongxin.ingest.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.gongxin.ingest.RejectionFinding;
import io.gongxin.ingest.RejectionReason;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts and reasons of problem data without its rows: figures read it all the time, and
 * reading the rows themselves (citizen ids included) is an audited read of personal data
 * that a count must not be.
 */
@Component
public class ProblemFigures {

	private static final TypeReference<List<RejectionReason>> REASONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ProblemFigures(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Open problem rows of one department, or of all for {@code null}. */
	public long open(String provider) {
		return this.jdbc.sql("""
				SELECT count(*) FROM ingest_rejection
				WHERE (CAST(:provider AS TEXT) IS NULL OR provider_code = :provider) AND fixed_by_record IS NULL
				""").param("provider", provider).query(Long.class).single();
	}

	/** Open problem rows among those of the given batches. */
	public long openIn(Collection<UUID> batches) {
		if (batches.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				SELECT count(*) FROM ingest_rejection
				WHERE batch_id = ANY (CAST(:batches AS uuid[])) AND fixed_by_record IS NULL AND record_id IS NULL
				""").param("batches", batches.toArray(UUID[]::new)).query(Long.class).single();
	}

	/** The reasons of open problem rows, oldest first, after {@code afterId} (keyset). */
	public List<RejectionFinding> openFindings(String provider, long afterId, int limit) {
		return this.jdbc.sql("""
				SELECT id, reasons FROM ingest_rejection
				WHERE (CAST(:provider AS TEXT) IS NULL OR provider_code = :provider) AND fixed_by_record IS NULL
				  AND id > :after
				ORDER BY id LIMIT :limit
				""")
			.param("provider", provider)
			.param("after", afterId)
			.param("limit", Math.max(1, Math.min(limit, 1000)))
			.query((rs, n) -> new RejectionFinding(rs.getLong("id"),
					this.json.readValue(rs.getString("reasons"), REASONS)))
			.list();
	}

}
