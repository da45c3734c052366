package io.gongxin.creditfile.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.PublicationFilter;
import io.gongxin.creditfile.PublicationStatistics;
import io.gongxin.subject.SubjectId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The portal's paged reads of items in publicity: the 双公示 listing by page number or by
 * cursor in either direction, its capped count, a subject's items per category with their
 * counts, and the 双公示 figures of the home page. Only organisations' items in publicity
 * are read.
 */
@Repository
public class PublicationQueries {

	private static final String PUBLISHED = " FROM creditfile_item WHERE status = 'PUBLISHED' "
			+ "AND subject_type <> 'NATURAL_PERSON'";

	private final JdbcClient jdbc;

	private final ItemStore items;

	PublicationQueries(JdbcClient jdbc, ItemStore items) {
		this.jdbc = jdbc;
		this.items = items;
	}

	/** A page of the listing, newest first, {@code offset} items in. */
	public List<CreditFileItem> at(PublicationFilter filter, int offset, int limit) {
		Filtered sql = filtered(filter, "SELECT " + ItemStore.SELECTED);
		sql.text.append(" ORDER BY decision_date DESC, record_id DESC LIMIT :limit OFFSET :offset");
		return sql.statement().param("limit", limit).param("offset", offset).query(this.items::item).list();
	}

	/**
	 * The page just before a cursor (the items newer than it), newest first: read oldest
	 * first along the same index, then turned round.
	 */
	public List<CreditFileItem> newerThan(PublicationFilter filter, LocalDate afterDate, long afterId, int limit) {
		Filtered sql = filtered(filter, "SELECT " + ItemStore.SELECTED);
		sql.text.append(" AND (decision_date, record_id) > (:afterDate, :afterId)")
			.append(" ORDER BY decision_date, record_id LIMIT :limit");
		List<CreditFileItem> page = new ArrayList<>(sql.statement()
			.param("afterDate", afterDate)
			.param("afterId", afterId)
			.param("limit", limit)
			.query(this.items::item)
			.list());
		Collections.reverse(page);
		return page;
	}

	/**
	 * How many items the filter finds, counted up to {@code cap + 1}: a listing says
	 * "more than cap" rather than walking a million rows for an exact figure.
	 */
	public long count(PublicationFilter filter, int cap) {
		Filtered sql = filtered(filter, "SELECT 1");
		sql.text.insert(0, "SELECT count(*) FROM (").append(" LIMIT :cap) AS capped");
		return sql.statement().param("cap", cap + 1).query(Long.class).single();
	}

	/** A subject's items of one category in publicity, newest first. */
	public List<CreditFileItem> ofSubject(SubjectId subject, String category, int offset, int limit) {
		return this.jdbc
			.sql("SELECT " + ItemStore.SELECTED + PUBLISHED + " AND subject_id = :subject AND category_code = :category"
					+ " ORDER BY decision_date DESC, record_id DESC LIMIT :limit OFFSET :offset")
			.param("subject", subject.value())
			.param("category", category)
			.param("limit", limit)
			.param("offset", offset)
			.query(this.items::item)
			.list();
	}

	/** How many items in publicity the subject has, per category. */
	public Map<String, Long> countsOf(SubjectId subject) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT category_code, count(*)" + PUBLISHED + " AND subject_id = :subject GROUP BY category_code")
			.param("subject", subject.value())
			.query(rs -> {
				counts.put(rs.getString(1), rs.getLong(2));
			});
		return counts;
	}

	/**
	 * Items in publicity per department and 双公示 category, all of them and those decided
	 * since {@code monthStart}, in one pass.
	 */
	public PublicationStatistics statistics(LocalDate monthStart, int topDepartments) {
		Map<String, long[]> byDepartment = new LinkedHashMap<>();
		long[] totals = new long[4];
		this.jdbc
			.sql("SELECT provider_code, category_code, count(*), count(*) FILTER (WHERE decision_date >= :month)"
					+ PUBLISHED + " AND category_code IN ('XZXK', 'XZCF') GROUP BY provider_code, category_code")
			.param("month", monthStart)
			.query(rs -> {
				boolean license = "XZXK".equals(rs.getString(2));
				long all = rs.getLong(3);
				long month = rs.getLong(4);
				byDepartment.computeIfAbsent(rs.getString(1), code -> new long[2])[license ? 0 : 1] += all;
				totals[license ? 0 : 1] += all;
				totals[license ? 2 : 3] += month;
			});
		List<PublicationStatistics.Department> departments = byDepartment.entrySet()
			.stream()
			.map(e -> new PublicationStatistics.Department(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.sorted(PublicationStatistics.Department.BUSIEST_FIRST)
			.limit(topDepartments)
			.toList();
		return new PublicationStatistics(totals[0], totals[1], totals[2], totals[3], departments);
	}

	private Filtered filtered(PublicationFilter filter, String select) {
		StringBuilder sql = new StringBuilder(select).append(PUBLISHED).append(" AND category_code = :category");
		if (filter.department() != null) {
			sql.append(" AND provider_code = :department");
		}
		if (filter.from() != null) {
			sql.append(" AND decision_date >= :from");
		}
		if (filter.to() != null) {
			sql.append(" AND decision_date <= :to");
		}
		return new Filtered(sql, filter);
	}

	/** A statement under construction and the filter whose parameters it binds. */
	private final class Filtered {

		private final StringBuilder text;

		private final PublicationFilter filter;

		Filtered(StringBuilder text, PublicationFilter filter) {
			this.text = text;
			this.filter = filter;
		}

		JdbcClient.StatementSpec statement() {
			JdbcClient.StatementSpec statement = PublicationQueries.this.jdbc.sql(this.text.toString())
				.param("category", this.filter.category());
			if (this.filter.department() != null) {
				statement = statement.param("department", this.filter.department());
			}
			if (this.filter.from() != null) {
				statement = statement.param("from", this.filter.from());
			}
			if (this.filter.to() != null) {
				statement = statement.param("to", this.filter.to());
			}
			return statement;
		}

	}

}
