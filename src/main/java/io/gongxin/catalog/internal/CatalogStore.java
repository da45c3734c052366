package io.gongxin.catalog.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.CatalogVersion;
import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeList;
import io.gongxin.catalog.VersionStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plain SQL over the catalog tables. */
@Repository
public class CatalogStore {

	private final JdbcClient jdbc;

	CatalogStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<CatalogVersion> versions() {
		return this.jdbc.sql("SELECT * FROM catalog_version ORDER BY id DESC").query(CatalogStore::version).list();
	}

	public Optional<CatalogVersion> find(CatalogVersionId id) {
		return this.jdbc.sql("SELECT * FROM catalog_version WHERE id = :id")
			.param("id", id.value())
			.query(CatalogStore::version)
			.optional();
	}

	/** Reads the version and locks it until the transaction ends, so edits serialise. */
	public Optional<CatalogVersion> lock(CatalogVersionId id) {
		return this.jdbc.sql("SELECT * FROM catalog_version WHERE id = :id FOR UPDATE")
			.param("id", id.value())
			.query(CatalogStore::version)
			.optional();
	}

	public Optional<CatalogVersion> inForce(LocalDate day) {
		return this.jdbc.sql("""
				SELECT * FROM catalog_version
				WHERE status = 'PUBLISHED' AND effective_from <= :day
				ORDER BY effective_from DESC LIMIT 1
				""").param("day", Date.valueOf(day)).query(CatalogStore::version).optional();
	}

	public List<CatalogVersion> publishedByEffectiveDate() {
		return this.jdbc.sql("SELECT * FROM catalog_version WHERE status = 'PUBLISHED' ORDER BY effective_from DESC")
			.query(CatalogStore::version)
			.list();
	}

	public Optional<LocalDate> latestEffectiveDate() {
		return this.jdbc.sql("SELECT max(effective_from) FROM catalog_version WHERE status = 'PUBLISHED'")
			.query((rs, row) -> Optional.ofNullable(rs.getDate(1)).map(Date::toLocalDate))
			.single();
	}

	public boolean labelExists(String label) {
		return this.jdbc.sql("SELECT count(*) FROM catalog_version WHERE label = :label")
			.param("label", label)
			.query(Integer.class)
			.single() > 0;
	}

	public CatalogVersionId insertDraft(String label, String title, String note, CatalogVersionId basedOn,
			String createdBy, Instant now) {
		long id = this.jdbc.sql("""
				INSERT INTO catalog_version (label, title, status, based_on, note, created_by, created_at)
				VALUES (:label, :title, 'DRAFT', :basedOn, :note, :by, :now) RETURNING id
				""")
			.param("label", label)
			.param("title", title)
			.param("basedOn", (basedOn != null) ? basedOn.value() : null)
			.param("note", note)
			.param("by", createdBy)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		return CatalogVersionId.of(id);
	}

	public void copyContent(CatalogVersionId from, CatalogVersionId to) {
		this.jdbc.sql("""
				INSERT INTO catalog_category (version_id, code, position, definition)
				SELECT :to, code, position, definition FROM catalog_category WHERE version_id = :from
				""").param("from", from.value()).param("to", to.value()).update();
		this.jdbc.sql("""
				INSERT INTO catalog_code_list (version_id, code, definition)
				SELECT :to, code, definition FROM catalog_code_list WHERE version_id = :from
				""").param("from", from.value()).param("to", to.value()).update();
	}

	/**
	 * Serialises publications: each checks the latest effective date before adding its
	 * own, which two concurrent publications must not both do at once.
	 */
	public void lockPublications() {
		this.jdbc.sql("SELECT pg_advisory_xact_lock(7001)").query((rs, row) -> null).list();
	}

	public void publish(CatalogVersionId id, LocalDate effectiveFrom, String by, Instant now) {
		this.jdbc.sql("""
				UPDATE catalog_version SET status = 'PUBLISHED', effective_from = :day, published_by = :by,
				                           published_at = :now
				WHERE id = :id AND status = 'DRAFT'
				""")
			.param("id", id.value())
			.param("day", Date.valueOf(effectiveFrom))
			.param("by", by)
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Whether another version was copied from this one (its {@code based_on} refers to
	 * it).
	 */
	public boolean isBasisOfAnother(CatalogVersionId id) {
		return this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM catalog_version WHERE based_on = :id)")
			.param("id", id.value())
			.query(Boolean.class)
			.single();
	}

	public void deleteDraft(CatalogVersionId id) {
		this.jdbc.sql("DELETE FROM catalog_version WHERE id = :id AND status = 'DRAFT'")
			.param("id", id.value())
			.update();
	}

	public List<CategoryDefinition> categories(CatalogVersionId id) {
		return this.jdbc.sql("SELECT definition FROM catalog_category WHERE version_id = :id ORDER BY position, code")
			.param("id", id.value())
			.query((rs, row) -> CatalogJson.category(rs.getString(1)))
			.list();
	}

	public Optional<CategoryDefinition> category(CatalogVersionId id, String code) {
		return this.jdbc.sql("SELECT definition FROM catalog_category WHERE version_id = :id AND code = :code")
			.param("id", id.value())
			.param("code", code)
			.query((rs, row) -> CatalogJson.category(rs.getString(1)))
			.optional();
	}

	/** Inserts or replaces; a new category goes to the end. */
	public void putCategory(CatalogVersionId id, CategoryDefinition category) {
		this.jdbc.sql("""
				INSERT INTO catalog_category (version_id, code, position, definition)
				VALUES (:id, :code,
				        (SELECT coalesce(max(position), -1) + 1 FROM catalog_category WHERE version_id = :id),
				        :definition::jsonb)
				ON CONFLICT (version_id, code) DO UPDATE SET definition = EXCLUDED.definition
				""")
			.param("id", id.value())
			.param("code", category.code())
			.param("definition", CatalogJson.write(category))
			.update();
	}

	public boolean removeCategory(CatalogVersionId id, String code) {
		return this.jdbc.sql("DELETE FROM catalog_category WHERE version_id = :id AND code = :code")
			.param("id", id.value())
			.param("code", code)
			.update() == 1;
	}

	public List<CodeList> codeLists(CatalogVersionId id) {
		return this.jdbc.sql("SELECT definition FROM catalog_code_list WHERE version_id = :id ORDER BY code")
			.param("id", id.value())
			.query((rs, row) -> CatalogJson.codeList(rs.getString(1)))
			.list();
	}

	public void putCodeList(CatalogVersionId id, CodeList codeList) {
		this.jdbc.sql("""
				INSERT INTO catalog_code_list (version_id, code, definition) VALUES (:id, :code, :definition::jsonb)
				ON CONFLICT (version_id, code) DO UPDATE SET definition = EXCLUDED.definition
				""")
			.param("id", id.value())
			.param("code", codeList.code())
			.param("definition", CatalogJson.write(codeList))
			.update();
	}

	public boolean removeCodeList(CatalogVersionId id, String code) {
		return this.jdbc.sql("DELETE FROM catalog_code_list WHERE version_id = :id AND code = :code")
			.param("id", id.value())
			.param("code", code)
			.update() == 1;
	}

	private static CatalogVersion version(ResultSet rs, int row) throws SQLException {
		Date effective = rs.getDate("effective_from");
		long basedOn = rs.getLong("based_on");
		boolean noBase = rs.wasNull();
		Timestamp published = rs.getTimestamp("published_at");
		return new CatalogVersion(CatalogVersionId.of(rs.getLong("id")), rs.getString("label"), rs.getString("title"),
				VersionStatus.valueOf(rs.getString("status")), (effective != null) ? effective.toLocalDate() : null,
				noBase ? null : CatalogVersionId.of(basedOn), rs.getString("note"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("published_by"),
				(published != null) ? published.toInstant() : null);
	}

}
