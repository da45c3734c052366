package io.gongxin.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeList;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;

/**
 * The one JSON form of catalog definitions, used for the reviewed seed files and for the
 * JSONB columns alike. Unknown properties are refused so a typo in a seed file fails the
 * migration instead of silently dropping a rule.
 */
public final class CatalogJson {

	static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private CatalogJson() {
	}

	static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	static CategoryDefinition category(String json) {
		return MAPPER.readValue(json, CategoryDefinition.class);
	}

	static CodeList codeList(String json) {
		return MAPPER.readValue(json, CodeList.class);
	}

	/**
	 * Parses a definition sent by a client; every problem, including a broken invariant
	 * of a value type, becomes {@code GX-CAT-005} with a message the client can act on.
	 */
	static <T> T parse(String json, Class<T> type) {
		T value;
		try {
			value = MAPPER.readValue(json, type);
		}
		catch (JacksonException ex) {
			Throwable cause = ex;
			while (cause.getCause() != null && cause.getCause() != cause) {
				cause = cause.getCause();
			}
			String reason = (cause instanceof IllegalArgumentException || cause instanceof NullPointerException)
					? cause.getMessage() : unreadable(ex);
			throw DraftValidation.invalid(List.of(String.valueOf(reason)));
		}
		if (value == null) {
			// a body of "null" parses to nothing
			throw DraftValidation.invalid(List.of("请求内容为空"));
		}
		return value;
	}

	/**
	 * Where the document could not be read, without Jackson's wording (it names classes).
	 */
	private static String unreadable(JacksonException ex) {
		String path = ex.getPath()
			.stream()
			.map(reference -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(java.util.stream.Collectors.joining("."));
		if (!path.isEmpty()) {
			return "字段 " + path + " 的值无法读取（类型或取值不正确）";
		}
		var location = ex.getLocation();
		return (location != null) ? "JSON 格式错误（第 " + location.getLineNr() + " 行第 " + location.getColumnNr() + " 列）"
				: "JSON 格式错误";
	}

	static <T> T resource(String path, Class<T> type) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return MAPPER.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + path, ex);
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("invalid catalog data in " + path + ": " + ex.getOriginalMessage(), ex);
		}
	}

	static byte[] bytes(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + path, ex);
		}
	}

}
