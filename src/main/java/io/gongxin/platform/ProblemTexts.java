package io.gongxin.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What each stable error code means, in Chinese ({@code i18n/problems.properties}): the
 * one register problem documents, pages and docs/errors.md take it from.
 */
public final class ProblemTexts {

	private static final Map<String, String> TEXTS = load();

	private ProblemTexts() {
	}

	public static Optional<String> of(String code) {
		return Optional.ofNullable((code == null) ? null : TEXTS.get(code));
	}

	private static Map<String, String> load() {
		Properties texts = new Properties();
		try (InputStream in = ProblemTexts.class.getResourceAsStream("/i18n/problems.properties")) {
			if (in != null) {
				texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> byCode = new java.util.HashMap<>();
		texts.forEach((code, text) -> byCode.put(code.toString(), text.toString()));
		return Map.copyOf(byCode);
	}

}
