package io.gongxin.identifier.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.identifier.RegistrationCategories;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The allow-list and the category table, read from the database into immutable snapshots
 * that the check reads without locking; every change replaces the snapshot.
 */
@Repository
public class ReferenceData {

	/** A listed irregular code. */
	public record IrregularCode(String code, String note, String addedBy, Instant addedAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile Map<String, String> irregular;

	private volatile RegistrationCategories categories;

	ReferenceData(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public String noteFor(String code) {
		Map<String, String> snapshot = this.irregular;
		if (snapshot == null) {
			snapshot = reloadIrregular();
		}
		return snapshot.get(code);
	}

	public RegistrationCategories categories() {
		RegistrationCategories snapshot = this.categories;
		return (snapshot != null) ? snapshot : reloadCategories();
	}

	public List<IrregularCode> irregularCodes() {
		return this.jdbc.sql("SELECT code, note, added_by, added_at FROM identifier_known_irregular ORDER BY code")
			.query((rs, row) -> new IrregularCode(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	public void putIrregular(String code, String note, String actor) {
		this.jdbc.sql("""
				INSERT INTO identifier_known_irregular (code, note, added_by, added_at) VALUES (:code, :note, :by, :at)
				ON CONFLICT (code) DO UPDATE SET note = :note, added_by = :by, added_at = :at
				""")
			.param("code", code)
			.param("note", note)
			.param("by", actor)
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.update();
		reloadIrregular();
	}

	public boolean removeIrregular(String code) {
		boolean removed = this.jdbc.sql("DELETE FROM identifier_known_irregular WHERE code = :code")
			.param("code", code)
			.update() == 1;
		reloadIrregular();
		return removed;
	}

	public void putCategory(RegistrationCategories.Entry entry, String actor) {
		this.jdbc.sql("""
				INSERT INTO identifier_registration_category
				       (department, category, department_name, category_name, added_by, added_at)
				VALUES (:d, :c, :dn, :cn, :by, :at)
				ON CONFLICT (department, category) DO UPDATE
				   SET department_name = :dn, category_name = :cn, added_by = :by, added_at = :at
				""")
			.param("d", String.valueOf(entry.department()))
			.param("c", String.valueOf(entry.category()))
			.param("dn", entry.departmentName())
			.param("cn", entry.categoryName())
			.param("by", actor)
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.update();
		reloadCategories();
	}

	private synchronized Map<String, String> reloadIrregular() {
		Map<String, String> loaded = new HashMap<>();
		this.jdbc.sql("SELECT code, note FROM identifier_known_irregular")
			.query((org.springframework.jdbc.core.RowCallbackHandler) (rs) -> loaded.put(rs.getString(1),
					rs.getString(2)));
		this.irregular = Map.copyOf(loaded);
		return this.irregular;
	}

	private synchronized RegistrationCategories reloadCategories() {
		List<RegistrationCategories.Entry> added = this.jdbc
			.sql("SELECT department, category, department_name, category_name FROM identifier_registration_category")
			.query((rs, row) -> new RegistrationCategories.Entry(rs.getString(1).charAt(0), rs.getString(2).charAt(0),
					rs.getString(3), rs.getString(4)))
			.list();
		this.categories = RegistrationCategories.builtIn().with(added);
		return this.categories;
	}

}
