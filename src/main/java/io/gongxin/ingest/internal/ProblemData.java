package io.gongxin.ingest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.Catalogs;
import io.gongxin.ingest.ProblemFilter;
import io.gongxin.ingest.ProblemGroup;
import io.gongxin.ingest.RejectionReason;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
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

	private final java.time.Clock clock;

	ProblemData(JdbcClient jdbc, Catalogs catalogs, JsonMapper json, java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.catalogs = catalogs;
		this.json = json;
	}

	private record Counted(String rule, String field, long rows, java.time.Instant newest) {
	}

	private record Row(long id, int rowNumber, String category, Map<String, String> raw,
			List<RejectionReason> reasons) {
	}

	/** The groups of one department's open problem data, or of all departments. */
	public List<ProblemGroup> groups(String provider) {
		return groups(ProblemFilter.of(provider));
	}

	/**
	 * The groups of the open problem data a filter selects, counted from the reasons
	 * table (one narrow row per reason), never from the rejected rows themselves.
	 */
	public List<ProblemGroup> groups(ProblemFilter filter) {
		java.time.Instant now = this.clock.instant();
		List<Counted> counted = this.jdbc.sql("""
				SELECT p.rule, p.field, count(*) AS n, max(p.created_at) AS newest
				FROM ingest_problem_reason p
				WHERE """ + FILTER + """
				GROUP BY p.rule, p.field
				ORDER BY n DESC, p.rule, p.field
				LIMIT :groups""")
			.paramSource(parameters(filter, now).addValue("groups", GROUPS))
			.query((rs, n) -> new Counted(rs.getString("rule"), rs.getString("field"), rs.getLong("n"),
					rs.getTimestamp("newest").toInstant()))
			.list();
		List<ProblemGroup> groups = new ArrayList<>(counted.size());
		Map<String, Optional<CategoryDefinition>> categories = new HashMap<>();
		for (Counted group : counted) {
			groups.add(group(group, examples(filter, now, group), categories));
		}
		return groups;
	}

	/** The newest three rows of a group, with what they submitted and why they failed. */
	private List<Row> examples(ProblemFilter filter, java.time.Instant now, Counted group) {
		ProblemFilter within = new ProblemFilter(filter.provider(), filter.batch(), group.rule(), group.field(),
				filter.age());
		return this.jdbc.sql("""
				SELECT j.id, j.row_number, j.category_code, j.raw, j.reasons
				FROM ingest_rejection j
				WHERE j.id IN (SELECT p.rejection_id FROM ingest_problem_reason p WHERE """ + FILTER + """
				               ORDER BY p.rejection_id DESC LIMIT 3)
				ORDER BY j.id DESC""")
			.paramSource(parameters(within, now))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2), rs.getString(3),
					this.json.readValue(rs.getString(4), RecordStore.FIELDS),
					this.json.readValue(rs.getString(5), RecordStore.REASONS)))
			.list();
	}

	private ProblemGroup group(Counted group, List<Row> rows, Map<String, Optional<CategoryDefinition>> categories) {
		String field = group.field().isEmpty() ? null : group.field();
		List<ProblemGroup.Example> examples = new ArrayList<>();
		String fieldName = null;
		String message = null;
		for (Row row : rows) {
			Optional<CategoryDefinition> category = categories.computeIfAbsent(row.category(),
					code -> this.catalogs.findCategory(this.catalogs.versionInForceToday().id(), code));
			if (fieldName == null && field != null) {
				fieldName = category.flatMap(c -> c.fields().stream().filter(f -> f.code().equals(field)).findFirst())
					.map(FieldDefinition::name)
					.orElse(null);
			}
			if (message == null) {
				message = row.reasons()
					.stream()
					.filter(r -> r.rule().equals(group.rule()) && java.util.Objects.equals(r.field(), field))
					.map(RejectionReason::message)
					.findFirst()
					.orElse(null);
			}
			examples.add(new ProblemGroup.Example(row.id(), row.rowNumber(),
					valueOf(row.raw(), category, c -> c.field(FieldRole.SUBJECT_NAME)),
					valueOf(row.raw(), category, c -> c.field(FieldRole.DOCUMENT_NUMBER)), valueOf(row.raw(), category,
							c -> c.fields().stream().filter(f -> f.code().equals(field)).findFirst())));
		}
		ProblemAdvice.Advice advice = ProblemAdvice.of(group.rule());
		return new ProblemGroup(group.rule(), advice.name(), field,
				(fieldName != null) ? fieldName : ((field == null) ? "整行" : field), group.rows(), group.newest(),
				message, advice.todo(), examples);
	}

	/** The conditions on {@code ingest_problem_reason p} a filter sets. */
	static final String FILTER = """
			(CAST(:provider AS text) IS NULL OR p.provider_code = :provider)
			  AND (CAST(:batch AS uuid) IS NULL OR p.batch_id = :batch)
			  AND (CAST(:rule AS text) IS NULL OR p.rule = :rule)
			  AND (CAST(:field AS text) IS NULL OR p.field = :field)
			  AND (CAST(:since AS timestamptz) IS NULL OR p.created_at >= :since)
			  AND (CAST(:until AS timestamptz) IS NULL OR p.created_at < :until)
			""";

	static MapSqlParameterSource parameters(ProblemFilter filter, java.time.Instant now) {
		return new MapSqlParameterSource().addValue("provider", filter.provider())
			.addValue("batch", filter.batch())
			.addValue("rule", filter.rule())
			.addValue("field", filter.field())
			.addValue("since", timestamp(filter.since(now)))
			.addValue("until", timestamp(filter.until(now)));
	}

	private static java.sql.Timestamp timestamp(java.time.Instant instant) {
		return (instant != null) ? java.sql.Timestamp.from(instant) : null;
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
