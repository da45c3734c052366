package io.gongxin.measures.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

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
	Map<SubjectId, String> inForce(Collection<SubjectId> subjects, Instant at) {
		Map<SubjectId, String> found = new HashMap<>();
		if (subjects.isEmpty()) {
			return found;
		}
		this.jdbc.sql("""
				SELECT subject_id, reason FROM measure_suspension
				WHERE subject_id = ANY (:subjects) AND since <= :at AND (until IS NULL OR until > :at)
				ORDER BY since
				""")
			.param("subjects", subjects.stream().map(SubjectId::value).toArray(Long[]::new))
			.param("at", Timestamp.from(at))
			.query((rs, n) -> found.put(new SubjectId(rs.getLong(1)), rs.getString(2)))
			.list();
		return found;
	}

}
