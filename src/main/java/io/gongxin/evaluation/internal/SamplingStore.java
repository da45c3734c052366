package io.gongxin.evaluation.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.evaluation.Grade;
import io.gongxin.evaluation.InspectionResult;
import io.gongxin.evaluation.SamplingPlan;
import io.gongxin.provider.Providers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sampling plans, their population as it stood at the announcement, the draw and results.
 */
@Component
public class SamplingStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Providers providers;

	SamplingStore(JdbcClient jdbc, JsonMapper json, Providers providers) {
		this.jdbc = jdbc;
		this.json = json;
		this.providers = providers;
	}

	public String nextNumber(LocalDate day) {
		long seq = this.jdbc.sql("SELECT nextval('evaluation_plan_number_seq')").query(Long.class).single();
		return "CC" + day.toString().replace("-", "") + String.format("%05d", seq);
	}

	/**
	 * Stores the plan and snapshots the population with its grades; returns the plan id.
	 */
	public long insert(String number, String department, String taskName, String field, String modelCode,
			String regionPrefix, Map<Grade, BigDecimal> ratios, List<String> inspectors, int perSubject,
			String seedHash, String seed, Instant at, String by) {
		long id = this.jdbc
			.sql("""
					INSERT INTO evaluation_sampling_plan (number, department_code, task_name, field, model_code, region_prefix,
					    ratios, inspectors, inspectors_per_subject, seed_hash, seed, state, population, announced_at,
					    announced_by)
					VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, 'ANNOUNCED', 0, ?, ?) RETURNING id""")
			.params(number, department, taskName, field, modelCode, regionPrefix, this.json.writeValueAsString(ratios),
					inspectors.toArray(String[]::new), perSubject, seedHash, seed, Timestamp.from(at), by)
			.query(Long.class)
			.single();
		int population = this.jdbc.sql("""
				INSERT INTO evaluation_sampling_member (plan_id, subject_id, subject_code, subject_name, grade)
				SELECT ?, r.subject_id, s.code, s.name, r.grade
				FROM evaluation_result r JOIN evaluation_subject s ON s.subject_id = r.subject_id
				WHERE r.model_code = ? AND s.active AND s.code IS NOT NULL
				  AND (CAST(? AS TEXT) IS NULL OR s.division_code LIKE ? || '%')""")
			.params(id, modelCode, regionPrefix, regionPrefix)
			.update();
		this.jdbc.sql("UPDATE evaluation_sampling_plan SET population = ? WHERE id = ?")
			.params(population, id)
			.update();
		return id;
	}

	public void markDrawn(long planId, String subjectCode, List<String> inspectors) {
		this.jdbc.sql("""
				UPDATE evaluation_sampling_member SET drawn = TRUE, inspectors = ?
				WHERE plan_id = ? AND subject_code = ?""")
			.params(inspectors.toArray(String[]::new), planId, subjectCode)
			.update();
	}

	public boolean finishDraw(long planId, Instant at) {
		return this.jdbc
			.sql("""
					UPDATE evaluation_sampling_plan SET state = 'DRAWN', drawn_at = ? WHERE id = ? AND state = 'ANNOUNCED'""")
			.params(Timestamp.from(at), planId)
			.update() == 1;
	}

	public boolean recordResult(long planId, long subjectId, InspectionResult result, String note, LocalDate on,
			long recordId) {
		return this.jdbc.sql("""
				UPDATE evaluation_sampling_member SET result = ?, result_note = ?, inspected_on = ?, record_id = ?
				WHERE plan_id = ? AND subject_id = ? AND drawn AND result IS NULL""")
			.params(result.name(), note, on, recordId, planId, subjectId)
			.update() == 1;
	}

	public Optional<SamplingPlan> find(long id) {
		return this.jdbc.sql("SELECT * FROM evaluation_sampling_plan WHERE id = ?")
			.param(id)
			.query(this::plan)
			.optional();
	}

	public Optional<SamplingPlan> byNumber(String number) {
		return this.jdbc.sql("SELECT * FROM evaluation_sampling_plan WHERE number = ?")
			.param(number)
			.query(this::plan)
			.optional();
	}

	/** Newest first, keyset on the id; a department's own or all ({@code null}). */
	public List<SamplingPlan> page(String department, long beforeId, int limit) {
		return this.jdbc.sql("""
				SELECT * FROM evaluation_sampling_plan WHERE id < ? AND (CAST(? AS TEXT) IS NULL OR department_code = ?)
				ORDER BY id DESC LIMIT ?""").params(beforeId, department, department, limit).query(this::plan).list();
	}

	/** Every department's plans, newest first, {@code offset} plans in. */
	public List<SamplingPlan> pageAt(int offset, int limit) {
		return this.jdbc.sql("SELECT * FROM evaluation_sampling_plan ORDER BY id DESC LIMIT ? OFFSET ?")
			.params(limit, offset)
			.query(this::plan)
			.list();
	}

	public long count() {
		return this.jdbc.sql("SELECT count(*) FROM evaluation_sampling_plan").query(Long.class).single();
	}

	public List<SamplingPlan.Member> members(long planId, boolean drawnOnly) {
		return this.jdbc
			.sql("""
					SELECT subject_id, subject_code, subject_name, grade, drawn, inspectors, result, result_note, inspected_on,
					       record_id
					FROM evaluation_sampling_member WHERE plan_id = ? AND (drawn OR NOT ?) ORDER BY grade, subject_code""")
			.params(planId, drawnOnly)
			.query((rs, i) -> new SamplingPlan.Member(rs.getLong(1), rs.getString(2), rs.getString(3),
					Grade.valueOf(rs.getString(4)), rs.getBoolean(5),
					(rs.getArray(6) == null) ? List.of() : List.of((String[]) rs.getArray(6).getArray()),
					(rs.getString(7) == null) ? null : InspectionResult.valueOf(rs.getString(7)), rs.getString(8),
					rs.getObject(9, LocalDate.class), (Long) rs.getObject(10)))
			.list();
	}

	private SamplingPlan plan(ResultSet rs, int row) throws SQLException {
		Map<String, BigDecimal> raw = this.json.readValue(rs.getString("ratios"),
				new TypeReference<Map<String, BigDecimal>>() {
				});
		Map<Grade, BigDecimal> ratios = new EnumMap<>(Grade.class);
		raw.forEach((grade, ratio) -> ratios.put(Grade.valueOf(grade), ratio));
		String department = rs.getString("department_code");
		SamplingPlan.State state = SamplingPlan.State.valueOf(rs.getString("state"));
		return new SamplingPlan(rs.getLong("id"), rs.getString("number"), department,
				this.providers.find(department).map(p -> p.name()).orElse(department), rs.getString("task_name"),
				rs.getString("field"), rs.getString("model_code"), rs.getString("region_prefix"), ratios,
				List.of((String[]) rs.getArray("inspectors").getArray()), rs.getInt("inspectors_per_subject"),
				rs.getString("seed_hash"), (state == SamplingPlan.State.DRAWN) ? rs.getString("seed") : null, state,
				rs.getInt("population"), rs.getTimestamp("announced_at").toInstant(),
				(rs.getTimestamp("drawn_at") == null) ? null : rs.getTimestamp("drawn_at").toInstant(), List.of());
	}

	/** The seed of a plan, revealed by the draw only. */
	public String seed(long planId) {
		return this.jdbc.sql("SELECT seed FROM evaluation_sampling_plan WHERE id = ?")
			.param(planId)
			.query(String.class)
			.single();
	}

}
