package io.gongxin.commitment.internal;

import java.util.List;

import io.gongxin.commitment.Commitment;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The portal's 信用承诺 column: public commitments of organisations, newest first; of one
 * credit code, or of some subjects, when given. Read by cursor (the API) or by position
 * (the page), and counted.
 */
@Repository
public class PublicColumnStore {

	private static final String PUBLIC = """
			WHERE c.public_column AND NOT c.subject_is_person
			  AND (CAST(:code AS TEXT) IS NULL OR c.subject_code = :code)
			  AND (NOT :bySubject OR c.subject_id = ANY (:subjects))""";

	private final JdbcClient jdbc;

	private final CommitmentStore store;

	PublicColumnStore(JdbcClient jdbc, CommitmentStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	public List<Commitment> page(String code, List<SubjectId> subjects, long beforeId, int limit) {
		return filtered(CommitmentStore.SELECT + PUBLIC + " AND c.id < :before ORDER BY c.id DESC LIMIT :limit", code,
				subjects)
			.param("before", beforeId)
			.param("limit", limit)
			.query(this.store::map)
			.list();
	}

	public List<Commitment> pageAt(String code, List<SubjectId> subjects, int offset, int limit) {
		return filtered(CommitmentStore.SELECT + PUBLIC + " ORDER BY c.id DESC LIMIT :limit OFFSET :offset", code,
				subjects)
			.param("offset", offset)
			.param("limit", limit)
			.query(this.store::map)
			.list();
	}

	/** How many commitments the column shows, counted up to {@code cap + 1}. */
	public long count(String code, List<SubjectId> subjects, int cap) {
		return filtered("SELECT count(*) FROM (SELECT 1 FROM commitment c " + PUBLIC + " LIMIT :cap) AS capped", code,
				subjects)
			.param("cap", cap + 1)
			.query(Long.class)
			.single();
	}

	private JdbcClient.StatementSpec filtered(String sql, String code, List<SubjectId> subjects) {
		return this.jdbc.sql(sql)
			.param("code", code)
			.param("bySubject", subjects != null)
			.param("subjects",
					(subjects != null) ? subjects.stream().map(SubjectId::value).toArray(Long[]::new) : new Long[0]);
	}

}
