package io.gongxin.evaluation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.zip.CRC32;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Seeds the bundled default models ({@code evaluation/*.json}) as their first published
 * versions, so every database holds the models before anything is evaluated. Later
 * versions are drafted and published by officers; this never runs again.
 */
@Component
class V2101__EvaluationModels extends BaseJavaMigration {

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		for (String path : ModelStore.BUNDLED) {
			crc.update(read(path).getBytes(StandardCharsets.UTF_8));
		}
		return (int) crc.getValue();
	}

	@Override
	public void migrate(Context context) throws SQLException {
		JsonMapper json = JsonMapper.builder().build();
		for (String path : ModelStore.BUNDLED) {
			String definition = read(path);
			JsonNode model = json.readTree(definition);
			try (PreparedStatement insert = context.getConnection().prepareStatement("""
					INSERT INTO evaluation_model (code, version, name, definition, state, drafted_by, drafted_at,
					                              published_by, published_at)
					VALUES (?, ?, ?, ?::jsonb, 'PUBLISHED', 'system:defaults', now(), 'system:defaults', now())
					ON CONFLICT DO NOTHING""")) {
				insert.setString(1, model.get("code").asString());
				insert.setInt(2, model.get("version").asInt());
				insert.setString(3, model.get("name").asString());
				insert.setString(4, definition);
				insert.executeUpdate();
			}
		}
	}

	private static String read(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("bundled model " + path + " unreadable", ex);
		}
	}

}
