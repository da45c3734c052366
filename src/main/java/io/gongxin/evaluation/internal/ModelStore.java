package io.gongxin.evaluation.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.InvalidModelException;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The models' versions: the bundled defaults (seeded by {@code V2101}), drafts by one
 * officer published by another (信用办审定), the version before retired.
 */
@Component
public class ModelStore {

	static final List<String> BUNDLED = List.of("evaluation/composite-v1.json", "evaluation/public-resource-v1.json");

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final java.util.Map<String, EvaluationModel> parsed = new java.util.concurrent.ConcurrentHashMap<>();

	ModelStore(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** A definition read from JSON, its rule violations as {@code GX-EVA-001}. */
	public EvaluationModel parse(String definition) {
		EvaluationModel model;
		try {
			model = this.json.readValue(definition, EvaluationModel.class);
		}
		catch (JacksonException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof InvalidModelException invalid) {
					throw invalid;
				}
			}
			// where, not what: the parser's message names Java types
			var at = ex.getLocation();
			throw new InvalidModelException((at == null || at.getLineNr() < 1) ? "JSON格式或字段不正确"
					: "JSON格式或字段不正确（第" + at.getLineNr() + "行第" + at.getColumnNr() + "列附近）");
		}
		if (model == null) {
			throw new InvalidModelException("模型定义为空");
		}
		return model;
	}

	/** The versions in force; a definition is parsed once per code and version. */
	public List<EvaluationModel> published() {
		record Key(String code, int version) {
		}
		return this.jdbc.sql("SELECT code, version FROM evaluation_model WHERE state = 'PUBLISHED' ORDER BY code")
			.query(Key.class)
			.list()
			.stream()
			.map(key -> version(key.code(), key.version()).orElseThrow())
			.toList();
	}

	public EvaluationModel published(String code) {
		return published().stream()
			.filter(model -> model.code().equalsIgnoreCase(code))
			.findFirst()
			.orElseThrow(() -> new DomainException("GX-EVA-002", ProblemKind.NOT_FOUND, "No such evaluation model.",
					Map.of("model", String.valueOf(code))));
	}

	public Optional<EvaluationModel> version(String code, int version) {
		EvaluationModel parsed = this.parsed.get(code + "/" + version);
		if (parsed != null) {
			return Optional.of(parsed);
		}
		Optional<EvaluationModel> found = this.jdbc
			.sql("SELECT definition FROM evaluation_model WHERE code = ? AND version = ?")
			.params(code, version)
			.query(String.class)
			.optional()
			.map(this::parse);
		found.ifPresent(model -> this.parsed.put(code + "/" + version, model));
		return found;
	}

	public record Version(String code, int version, String name, String state, String draftedBy,
			java.time.Instant draftedAt, String publishedBy, java.time.Instant publishedAt) {
	}

	public List<Version> versions() {
		return this.jdbc.sql("""
				SELECT code, version, name, state, drafted_by, drafted_at, published_by, published_at
				FROM evaluation_model ORDER BY code, version DESC""").query(Version.class).list();
	}

	@Transactional
	public EvaluationModel draft(String definition, String by) {
		EvaluationModel model = parse(definition);
		int next = this.jdbc.sql("SELECT COALESCE(max(version), 0) + 1 FROM evaluation_model WHERE code = ?")
			.param(model.code())
			.query(Integer.class)
			.single();
		if (model.version() != next) {
			throw new DomainException("GX-EVA-003", ProblemKind.CONFLICT,
					"A model's next version must be numbered " + next + ".", Map.of("expected", next));
		}
		this.jdbc.sql("""
				INSERT INTO evaluation_model (code, version, name, definition, state, drafted_by, drafted_at)
				VALUES (?, ?, ?, ?::jsonb, 'DRAFT', ?, ?)""")
			.params(model.code(), model.version(), model.name(), this.json.writeValueAsString(model), by,
					java.sql.Timestamp.from(this.clock.instant()))
			.update();
		return model;
	}

	/** Publishes a draft; another officer than its author reviews it. */
	@Transactional
	public EvaluationModel publish(String code, int version, String by) {
		Version draft = versions().stream()
			.filter(v -> v.code().equals(code) && v.version() == version)
			.findFirst()
			.orElseThrow(() -> new DomainException("GX-EVA-002", ProblemKind.NOT_FOUND, "No such evaluation model.",
					Map.of("model", code + " v" + version)));
		if (!draft.state().equals("DRAFT")) {
			throw new DomainException("GX-EVA-004", ProblemKind.CONFLICT, "Only a draft can be published.");
		}
		if (draft.draftedBy().equals(by)) {
			throw new DomainException("GX-EVA-005", ProblemKind.FORBIDDEN,
					"A model version is published by another officer than its author.");
		}
		this.jdbc.sql("UPDATE evaluation_model SET state = 'RETIRED' WHERE code = ? AND state = 'PUBLISHED'")
			.param(code)
			.update();
		this.jdbc.sql("""
				UPDATE evaluation_model SET state = 'PUBLISHED', published_by = ?, published_at = ?
				WHERE code = ? AND version = ?""")
			.params(by, java.sql.Timestamp.from(this.clock.instant()), code, version)
			.update();
		return version(code, version).orElseThrow();
	}

}
