package io.gongxin.measures.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import io.gongxin.platform.PipelinedSql;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Spans during which a subject's punishment measures are suspended, with the reason. */
@Repository
class SuspensionStore {

	private final JdbcClient jdbc;

	SuspensionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void begin(SubjectId subject, String sourceRef, String reason, Instant since) {
		this.jdbc
			.sql("""
					INSERT INTO measure_suspension (subject_id, source_ref, reason, since) VALUES (:subject, :ref, :reason, :since)
					ON CONFLICT (source_ref) DO NOTHING
					""")
			.param("subject", subject.value())
			.param("ref", sourceRef)
			.param("reason", reason)
			.param("since", Timestamp.from(since))
			.update();
	}

	void end(String sourceRef, Instant until) {
		this.jdbc.sql("UPDATE measure_suspension SET until = :until WHERE source_ref = :ref AND until IS NULL")
			.param("ref", sourceRef)
			.param("until", Timestamp.from(until))
			.update();
	}

	/** The reason of the suspension in force at the instant, by subject. */
	PipelinedSql<Map<SubjectId, String>> inForce(Collection<SubjectId> subjects, Instant at) {
		if (subjects.isEmpty()) {
			return PipelinedSql.known(Map.of());
		}
		return PipelinedSql.query("""
				SELECT subject_id, reason FROM measure_suspension
				WHERE subject_id = ANY (:subjects) AND since <= :at AND (until IS NULL OR until > :at)
				ORDER BY since
				""", Map.of("subjects", subjects.stream().map(SubjectId::value).toArray(Long[]::new), "at",
				Timestamp.from(at)), rs -> {
					Map<SubjectId, String> found = new HashMap<>();
					while (rs.next()) {
						found.put(new SubjectId(rs.getLong(1)), rs.getString(2));
					}
					return found;
				});
	}

}
