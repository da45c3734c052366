package io.gongxin.ingest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.Catalogs;
import io.gongxin.ingest.ProblemGroup;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open problem data as a clerk works through it: grouped by the rule that refused the
 * rows and the field it refused, biggest group first, with examples named by subject and
 * document number and what to do.
 */
@Component
public class ProblemData {

	private static final int GROUPS = 50;

	private final JdbcClient jdbc;

	private final Catalogs catalogs;

	private final JsonMapper json;

	ProblemData(JdbcClient jdbc, Catalogs catalogs, JsonMapper json) {
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.json = json;
	}

	private record Counted(String rule, String field, long rows, java.time.Instant newest, String message,
			Long[] examples) {
	}

	private record Row(long id, int rowNumber, String category, Map<String, String> raw) {
	}

	/** The groups of one department's open problem data, or of all departments. */
	public List<ProblemGroup> groups(String provider) {
		List<Counted> counted = this.jdbc.sql("""
				SELECT r.rule, r.field, count(*) AS n, max(j.created_at) AS newest, min(r.message) AS message,
				       (array_agg(j.id ORDER BY j.id DESC))[1 : 3] AS examples
				FROM ingest_rejection j
				CROSS JOIN LATERAL jsonb_to_recordset(j.reasons) AS r (field text, rule text, message text)
				WHERE j.fixed_by_record IS NULL AND (CAST(:provider AS text) IS NULL OR j.provider_code = :provider)
				GROUP BY r.rule, r.field
				ORDER BY n DESC, r.rule, r.field
				LIMIT :groups""")
			.param("provider", provider)
			.param("groups", GROUPS)
			.query((rs, n) -> new Counted(rs.getString("rule"), rs.getString("field"), rs.getLong("n"),
					rs.getTimestamp("newest").toInstant(), rs.getString("message"),
					(Long[]) rs.getArray("examples").getArray()))
			.list();
		Map<Long, Row> rows = new HashMap<>();
		List<Long> ids = counted.stream().flatMap(c -> Arrays.stream(c.examples())).distinct().toList();
		if (!ids.isEmpty()) {
			this.jdbc.sql("SELECT id, row_number, category_code, raw FROM ingest_rejection WHERE id = ANY (:ids)")
				.param("ids", ids.toArray(Long[]::new))
				.query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3),
						this.json.readValue(rs.getString(4), RecordStore.FIELDS)))
				.list()
				.forEach(row -> rows.put(row.id(), row));
		}
		Map<String, Optional<CategoryDefinition>> categories = new HashMap<>();
		List<ProblemGroup> groups = new ArrayList<>(counted.size());
		for (Counted group : counted) {
			List<ProblemGroup.Example> examples = new ArrayList<>();
			String fieldName = null;
			for (Long id : group.examples()) {
				Row row = rows.get(id);
				if (row == null) {
					continue;
				}
				Optional<CategoryDefinition> category = categories.computeIfAbsent(row.category(),
						code -> this.catalogs.findCategory(this.catalogs.versionInForceToday().id(), code));
				if (fieldName == null && group.field() != null) {
					fieldName = category
						.flatMap(c -> c.fields().stream().filter(f -> f.code().equals(group.field())).findFirst())
						.map(FieldDefinition::name)
						.orElse(null);
				}
				examples.add(new ProblemGroup.Example(row.id(), row.rowNumber(),
						valueOf(row.raw(), category, c -> c.field(FieldRole.SUBJECT_NAME)),
						valueOf(row.raw(), category, c -> c.field(FieldRole.DOCUMENT_NUMBER)),
						valueOf(row.raw(), category,
								c -> c.fields().stream().filter(f -> f.code().equals(group.field())).findFirst())));
			}
			ProblemAdvice.Advice advice = ProblemAdvice.of(group.rule());
			groups.add(new ProblemGroup(group.rule(), advice.name(), group.field(),
					(fieldName != null) ? fieldName : (group.field() == null ? "整行" : group.field()), group.rows(),
					group.newest(), group.message(), advice.todo(), examples));
		}
		return groups;
	}

	/**
	 * The submitted value of the field a category gives the role (or that the lookup
	 * names).
	 */
	private static String valueOf(Map<String, String> raw, Optional<CategoryDefinition> category,
			java.util.function.Function<CategoryDefinition, Optional<FieldDefinition>> which) {
		Optional<FieldDefinition> field = category.flatMap(which);
		if (field.isEmpty()) {
			return null;
		}
		for (Map.Entry<String, String> entry : raw.entrySet()) {
			Optional<FieldDefinition> named = category.get().field(entry.getKey());
			if (named.isPresent() && named.get().code().equals(field.get().code())) {
				return entry.getValue();
			}
		}
		return null;
	}

}
