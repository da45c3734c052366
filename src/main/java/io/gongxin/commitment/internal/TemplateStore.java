package io.gongxin.commitment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.catalog.SeverityTier;
import io.gongxin.commitment.CommitmentKind;
import io.gongxin.commitment.TemplateDraft;
import io.gongxin.commitment.TemplateStatus;
import io.gongxin.commitment.TemplateVersion;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Templates and their versions. */
@Repository
public class TemplateStore {

	private static final TypeReference<List<String>> ITEMS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final DepartmentNames names;

	TemplateStore(JdbcClient jdbc, JsonMapper json, DepartmentNames names) {
		this.jdbc = jdbc;
		this.json = json;
		this.names = names;
	}

	/** Creates the template; false when the code is taken. */
	public boolean insertTemplate(TemplateDraft draft, String by, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO commitment_template (code, kind, department_code, created_by, created_at)
				VALUES (:code, :kind, :department, :by, :at) ON CONFLICT (code) DO NOTHING
				""")
			.param("code", draft.code())
			.param("kind", draft.kind().name())
			.param("department", draft.departmentCode())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	/** The template's kind and department, which every version keeps. */
	public Optional<String[]> template(String code) {
		return this.jdbc.sql("SELECT kind, department_code FROM commitment_template WHERE code = :code")
			.param("code", code)
			.query((rs, n) -> new String[] { rs.getString("kind"), rs.getString("department_code") })
			.optional();
	}

	/**
	 * Writes the template's draft: replaces the open draft, or opens the next version.
	 */
	public long saveDraft(TemplateDraft draft, String by, Instant at) {
		Optional<Long> open = this.jdbc
			.sql("SELECT id FROM commitment_template_version WHERE template_code = :code AND status = 'DRAFT'")
			.param("code", draft.code())
			.query(Long.class)
			.optional();
		if (open.isPresent()) {
			this.jdbc.sql("""
					UPDATE commitment_template_version SET name = :name, matter_label = :matter, text = :text,
					    items = CAST(:items AS JSONB), verification_working_days = :days, public_column = :public,
					    legal_basis = :basis, breach_tier = :tier, breach_tier_basis = :tierBasis,
					    created_by = :by, created_at = :at
					WHERE id = :id
					""").params(values(draft, by, at)).param("id", open.get()).update();
			return open.get();
		}
		return this.jdbc.sql("""
				INSERT INTO commitment_template_version (template_code, version, name, matter_label, text, items,
				    verification_working_days, public_column, legal_basis, breach_tier, breach_tier_basis, status,
				    created_by, created_at)
				SELECT :code, coalesce(max(version), 0) + 1, :name, :matter, :text, CAST(:items AS JSONB), :days,
				    :public, :basis, :tier, :tierBasis, 'DRAFT', :by, :at
				FROM commitment_template_version WHERE template_code = :code
				RETURNING id
				""").params(values(draft, by, at)).param("code", draft.code()).query(Long.class).single();
	}

	private java.util.Map<String, Object> values(TemplateDraft draft, String by, Instant at) {
		java.util.Map<String, Object> values = new java.util.HashMap<>();
		values.put("name", draft.name());
		values.put("matter", draft.matterLabel());
		values.put("text", draft.text());
		values.put("items", this.json.writeValueAsString(draft.items()));
		values.put("days", draft.verificationWorkingDays());
		values.put("public", draft.publicColumn());
		values.put("basis", draft.legalBasis());
		values.put("tier", draft.breachTier().name());
		values.put("tierBasis", draft.breachTierBasis());
		values.put("by", by);
		values.put("at", Timestamp.from(at));
		return values;
	}

	/**
	 * Publishes the draft version and retires the version published before; false when
	 * the version is not the template's draft.
	 */
	public boolean publish(String code, int version, String by, Instant at) {
		this.jdbc.sql("""
				UPDATE commitment_template_version SET status = 'RETIRED'
				WHERE template_code = :code AND status = 'PUBLISHED'
				  AND EXISTS (SELECT 1 FROM commitment_template_version d
				              WHERE d.template_code = :code AND d.version = :version AND d.status = 'DRAFT')
				""").param("code", code).param("version", version).update();
		return this.jdbc.sql("""
				UPDATE commitment_template_version SET status = 'PUBLISHED', published_by = :by, published_at = :at
				WHERE template_code = :code AND version = :version AND status = 'DRAFT'
				""")
			.param("code", code)
			.param("version", version)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	public Optional<TemplateVersion> find(long id) {
		return this.jdbc.sql(SELECT + " WHERE v.id = :id").param("id", id).query(this::map).optional();
	}

	public Optional<TemplateVersion> find(String code, int version) {
		return this.jdbc.sql(SELECT + " WHERE v.template_code = :code AND v.version = :version")
			.param("code", code)
			.param("version", version)
			.query(this::map)
			.optional();
	}

	public Optional<TemplateVersion> published(String code) {
		return this.jdbc.sql(SELECT + " WHERE v.template_code = :code AND v.status = 'PUBLISHED'")
			.param("code", code)
			.query(this::map)
			.optional();
	}

	/** Every published version, by template code. */
	public List<TemplateVersion> published() {
		return this.jdbc.sql(SELECT + " WHERE v.status = 'PUBLISHED' ORDER BY v.template_code").query(this::map).list();
	}

	/** Every version of every template (at most 500), newest first within a template. */
	public List<TemplateVersion> all() {
		return this.jdbc.sql(SELECT + " ORDER BY v.template_code, v.version DESC LIMIT 500").query(this::map).list();
	}

	private static final String SELECT = """
			SELECT v.*, t.kind, t.department_code FROM commitment_template_version v
			JOIN commitment_template t ON t.code = v.template_code
			""";

	private TemplateVersion map(ResultSet rs, int row) throws SQLException {
		CommitmentKind kind = CommitmentKind.valueOf(rs.getString("kind"));
		TemplateStatus status = TemplateStatus.valueOf(rs.getString("status"));
		Timestamp published = rs.getTimestamp("published_at");
		String department = rs.getString("department_code");
		return new TemplateVersion(rs.getLong("id"), rs.getString("template_code"), rs.getInt("version"),
				rs.getString("name"), kind, kind.label(), department, this.names.of(department),
				rs.getString("matter_label"), rs.getString("text"), this.json.readValue(rs.getString("items"), ITEMS),
				rs.getInt("verification_working_days"), rs.getBoolean("public_column"), rs.getString("legal_basis"),
				SeverityTier.valueOf(rs.getString("breach_tier")), rs.getString("breach_tier_basis"), status,
				status.label(), (published != null) ? published.toInstant() : null);
	}

}
