package io.gongxin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration tables name every setting the code reads, and name nothing
 * the code does not read.
 */
class ConfigurationDocumentedTests {

	private static final Pattern ENVIRONMENT = Pattern.compile("\\$\\{((?:GONGXIN_|PORT)[A-Z_]*)");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(gongxin\\.[a-z0-9.-]+)");

	private static final Pattern PREFIX = Pattern.compile("@ConfigurationProperties\\(\"(gongxin\\.[a-z0-9.-]+)\"\\)");

	@Test
	void everyEnvironmentVariableAndSettingTheCodeReadsIsInTheReadme() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		String properties = Files.readString(Path.of("src/main/resources/application.properties"));
		String code = sources();
		Set<String> missing = new TreeSet<>();
		for (String variable : all(ENVIRONMENT, properties)) {
			if (!readme.contains("`" + variable + "`") && !readme.contains(variable + "`,")) {
				missing.add(variable);
			}
		}
		for (String key : all(PLACEHOLDER, code)) {
			boolean boundToVariable = Pattern.compile("(?m)^" + Pattern.quote(key) + "=\\$\\{GONGXIN_")
				.matcher(properties)
				.find();
			if (!boundToVariable && !readme.contains("`" + key + "`")) {
				missing.add(key);
			}
		}
		for (String prefix : all(PREFIX, code)) {
			if (!readme.contains("`" + prefix + ".*`")) {
				missing.add(prefix + ".*");
			}
		}
		assertThat(missing).as("settings read by the code but not described in README.md").isEmpty();
	}

	@Test
	void theReadmeNamesNoEnvironmentVariableTheCodeDoesNotRead() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		String properties = Files.readString(Path.of("src/main/resources/application.properties"));
		Set<String> read = all(ENVIRONMENT, properties);
		Set<String> stale = new TreeSet<>();
		Matcher named = Pattern.compile("`(GONGXIN_[A-Z_]+)`").matcher(readme);
		while (named.find()) {
			String variable = named.group(1);
			// relaxed binding: GONGXIN_DEMO_ENABLED is gongxin.demo.enabled, and so on
			String key = "gongxin." + variable.substring("GONGXIN_".length()).toLowerCase().replace('_', '.');
			if (!read.contains(variable) && !sources().replace('-', '.').contains(key)) {
				stale.add(variable);
			}
		}
		assertThat(stale).as("variables README.md names that nothing reads").isEmpty();
	}

	private static Set<String> all(Pattern pattern, String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private static String sources() throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				all.append(Files.readString(file)).append('\n');
			}
		}
		return all.toString();
	}

}
