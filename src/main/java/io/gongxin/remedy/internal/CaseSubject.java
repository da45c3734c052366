package io.gongxin.remedy.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a remedy case is about, copied from the credit file when it is filed: the case
 * keeps it when the record is later replaced or withdrawn.
 */
public record CaseSubject(long recordId, SubjectId subjectId, String subjectName, boolean person, String categoryCode,
		String categoryName, String documentNumber, String providerCode) {

	public static CaseSubject of(CreditFileItem item) {
		return new CaseSubject(item.recordId(), item.subjectId(), item.subjectName(), item.subjectType().isPerson(),
				item.categoryCode(), item.categoryName(), item.documentNumber(), item.providerCode());
	}

	/** The columns every case table keeps of what it is about, and their parameters. */
	static final String COLUMNS = "record_id, subject_id, subject_name, subject_is_person, category_code, "
			+ "category_name, document_number, provider_code";

	static final String VALUES = ":record, :subject, :subjectName, :person, :category, :categoryName, :document, "
			+ ":provider";

	JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
		return statement.param("record", this.recordId)
			.param("subject", this.subjectId.value())
			.param("subjectName", this.subjectName)
			.param("person", this.person)
			.param("category", this.categoryCode)
			.param("categoryName", this.categoryName)
			.param("document", this.documentNumber)
			.param("provider", this.providerCode);
	}

	/**
	 * Cases of one table in one state, oldest first (keyset on the id); of one
	 * department's records when {@code provider} is given.
	 */
	static <T> List<T> inState(JdbcClient jdbc, String table, String state, String provider, long afterId, int limit,
			RowMapper<T> mapper) {
		return jdbc.sql("SELECT * FROM " + table + """
				 WHERE state = :state AND id > :after
				  AND (CAST(:provider AS TEXT) IS NULL OR provider_code = :provider)
				ORDER BY id LIMIT :limit
				""")
			.param("state", state)
			.param("provider", provider)
			.param("after", afterId)
			.param("limit", limit)
			.query(mapper)
			.list();
	}

	/**
	 * The cases of one table still being handled for a subject's records: reference by
	 * record id.
	 */
	static Map<Long, String> openOfSubject(JdbcClient jdbc, String table, List<String> openStates, SubjectId subject) {
		Map<Long, String> open = new HashMap<>();
		jdbc.sql("SELECT record_id, reference FROM " + table + " WHERE subject_id = :subject AND state = ANY (:open)")
			.param("subject", subject.value())
			.param("open", openStates.toArray(String[]::new))
			.query((rs, n) -> open.put(rs.getLong(1), rs.getString(2)))
			.list();
		return open;
	}

	/**
	 * The reference of the case of one table still being handled for the record, if any.
	 */
	static Optional<String> openFor(JdbcClient jdbc, String table, List<String> openStates, long recordId) {
		return jdbc.sql("SELECT reference FROM " + table + " WHERE record_id = :record AND state = ANY (:open)")
			.param("record", recordId)
			.param("open", openStates.toArray(String[]::new))
			.query(String.class)
			.optional();
	}

}
