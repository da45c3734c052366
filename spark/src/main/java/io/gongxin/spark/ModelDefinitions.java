package io.gongxin.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.InvalidModelException;

/**
 * The model definitions a run evaluates: the versions in force in the platform's
 * database, or definition files. Parsed with the Jackson 2 that Spark ships; the
 * record's own constructor validates them as the platform does.
 */
public final class ModelDefinitions {

	// as the platform's mapper (Spring Boot's defaults): fields it does not know are
	// ignored, so a definition the platform accepted is accepted here
	private static final ObjectMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private ModelDefinitions() {
	}

	/** The published versions, all or those of the codes given, ordered by code. */
	public static List<EvaluationModel> published(Jdbc jdbc, List<String> codes) throws SQLException {
		List<EvaluationModel> models = new ArrayList<>();
		try (Connection connection = jdbc.connect();
				PreparedStatement query = connection.prepareStatement(
						"SELECT code, definition::text FROM evaluation_model WHERE state = 'PUBLISHED' ORDER BY code");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				if (codes.isEmpty() || codes.stream().anyMatch(rows.getString(1)::equalsIgnoreCase)) {
					models.add(parse(rows.getString(2)));
				}
			}
		}
		List<String> found = models.stream().map(EvaluationModel::code).toList();
		List<String> missing = codes.stream()
			.map(code -> code.toUpperCase(Locale.ROOT))
			.filter(code -> !found.contains(code))
			.toList();
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("no published model " + missing);
		}
		return models;
	}

	/** Definition files, or {@code classpath:} resources such as the bundled models. */
	public static List<EvaluationModel> files(List<String> locations) {
		return locations.stream().map(ModelDefinitions::read).map(ModelDefinitions::parse).toList();
	}

	/** A definition, its rule violations as {@link InvalidModelException}. */
	public static EvaluationModel parse(String definition) {
		try {
			EvaluationModel model = JSON.readValue(definition, EvaluationModel.class);
			if (model == null) {
				throw new InvalidModelException("模型定义为空");
			}
			return model;
		}
		catch (JsonProcessingException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof InvalidModelException invalid) {
					throw invalid;
				}
			}
			throw new InvalidModelException("JSON格式或字段不正确：" + ex.getOriginalMessage());
		}
	}

	private static String read(String location) {
		try {
			if (location.startsWith("classpath:")) {
				String resource = location.substring("classpath:".length()).replaceFirst("^/", "");
				try (InputStream in = ModelDefinitions.class.getClassLoader().getResourceAsStream(resource)) {
					if (in == null) {
						throw new IllegalArgumentException("no model definition " + location);
					}
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
			return Files.readString(Path.of(location), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("model definition " + location + " unreadable", ex);
		}
	}

}
