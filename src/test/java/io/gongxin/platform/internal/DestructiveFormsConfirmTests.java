package io.gongxin.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form that deletes, discards, revokes, withdraws, cancels, disables, publishes or
 * rejects asks first, naming what it acts on: the templates are read as written, so a new
 * form cannot slip through without its question.
 */
class DestructiveFormsConfirmTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern FORM = Pattern.compile("<form\\b[^>]*>.*?</form>", Pattern.DOTALL);

	private static final Pattern HEAD = Pattern.compile("<form\\b[^>]*>", Pattern.DOTALL);

	private static final Pattern BUTTON = Pattern.compile("<button\\b[^>]*>", Pattern.DOTALL);

	private static final Pattern DESTRUCTIVE = Pattern.compile("removal|revocation|revoke|discard|withdraw|cancel"
			+ "|delete|publish|publication(?!s)|reject|refuse|/review\\b|/decision|suggestion-decision|/status"
			+ "|/active|/enabled|/state");

	private static final Pattern QUESTION = Pattern.compile("data-confirm=\\$\\{|data-confirm='|data-confirm=\"");

	@Test
	void everyDestructiveFormAsksANamedQuestion() throws IOException {
		List<String> silent = new ArrayList<>();
		List<String> vague = new ArrayList<>();
		int destructive = 0;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String template = Files.readString(file, StandardCharsets.UTF_8);
				Matcher form = FORM.matcher(template);
				while (form.find()) {
					String html = form.group();
					Matcher head = HEAD.matcher(html);
					head.find();
					String action = attribute(head.group(), "th:action");
					if (!head.group().contains("method=\"post\"") || action == null
							|| !DESTRUCTIVE.matcher(action).find()) {
						continue;
					}
					destructive++;
					String where = TEMPLATES.relativize(file) + " " + action;
					List<String> questions = questions(head.group());
					Matcher button = BUTTON.matcher(html);
					while (button.find()) {
						questions.addAll(questions(button.group()));
					}
					if (questions.isEmpty()) {
						silent.add(where);
					}
					// the question names the thing: it is built from the page's data
					questions.stream().filter(q -> !q.contains("${")).forEach(q -> vague.add(where + ": " + q));
				}
			}
		}
		assertThat(destructive).as("destructive forms found").isGreaterThan(25);
		assertThat(silent).as("destructive forms without data-confirm").isEmpty();
		assertThat(vague).as("questions that do not name what they act on").isEmpty();
	}

	@Test
	void theQuestionHoldsBackPlainAndHtmxFormsAndAsksForTheButtonPressed() throws IOException {
		String script = Files.readString(Path.of("src/main/resources/static/js/confirm.js"), StandardCharsets.UTF_8);
		assertThat(script).contains("event.submitter")
			.contains("event.preventDefault()")
			.contains("event.stopImmediatePropagation()")
			.containsPattern("\\}, true\\);\\s*$");
		assertThat(Files.readString(TEMPLATES.resolve("layout.html"), StandardCharsets.UTF_8))
			.contains("@{/js/confirm.js}");
	}

	private static List<String> questions(String tag) {
		List<String> found = new ArrayList<>();
		Matcher question = QUESTION.matcher(tag);
		while (question.find()) {
			found.add(tag.substring(question.start(), Math.min(tag.length(), question.start() + 120)));
		}
		return found;
	}

	private static String attribute(String tag, String name) {
		Matcher value = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
		return value.find() ? value.group(1) : null;
	}

}
