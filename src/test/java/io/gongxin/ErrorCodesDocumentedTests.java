package io.gongxin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error code the code uses (GX-XXX-nnn) is listed in {@code docs/errors.md}. The
 * test regenerates that file from the sources on every run: status or kind, module, where
 * it is raised and the English message come from the code; the Chinese meaning (含义) is
 * kept from the file as written by hand, seeded from a Chinese title the code already has
 * (e.g. {@code Map.entry("GX-CAT-001", "目录版本不存在")}). It fails when the committed file
 * lacked a code, so a new code is noticed; the rewritten file then only needs its 含义
 * filled in and committing. Regenerate with
 * {@code ./mvnw -B -o test -Dtest=ErrorCodesDocumentedTests}.
 */
class ErrorCodesDocumentedTests {

	static final Path SOURCES = Path.of("src/main/java");

	static final Path DOC = Path.of("docs/errors.md");

	static final String TO_FILL = "（待补充）";

	private static final Pattern CODE = Pattern.compile("GX-[A-Z]{2,4}-\\d{3}");

	private static final Pattern KIND = Pattern.compile("(?:ProblemKind|HttpStatus)\\.([A-Z_]+)");

	private static final Pattern CASE = Pattern.compile("case\\s+([A-Z_]+)\\s*->\\s*$");

	private static final Pattern CHINESE_TITLE = Pattern.compile("^\"\\s*,\\s*\"([^\"]*\\p{IsHan}[^\"]*)\"");

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern ROW = Pattern.compile("^\\| `(GX-[A-Z]{2,4}-\\d{3})` \\|(.*)$");

	@Test
	void everyErrorCodeInTheCodeIsListedInDocsErrorsMd() throws IOException {
		Map<String, Use> uses = scan();
		Map<String, String> meanings = documentedMeanings();
		Files.writeString(DOC, render(uses, meanings), StandardCharsets.UTF_8);
		Set<String> missing = new TreeSet<>(uses.keySet());
		missing.removeIf(code -> !meanings.getOrDefault(code, "").isEmpty());
		assertThat(uses).as("codes found in %s", SOURCES).containsKeys("GX-SYS-001", "GX-REQ-001");
		assertThat(missing)
			.as("codes missing from %s or without a Chinese line in src/main/resources/i18n/problems.properties (docs regenerated: add the line, review and commit both)",
					DOC)
			.isEmpty();
	}

	/** What the sources say about one code. */
	static final class Use {

		final Set<String> kinds = new TreeSet<>();

		final Set<String> modules = new TreeSet<>();

		final Set<String> places = new TreeSet<>();

		String message;

		String chineseTitle;

	}

	static Map<String, Use> scan() throws IOException {
		Map<String, Use> uses = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				String source = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
				Path relative = SOURCES.resolve("io/gongxin").relativize(file);
				String module = relative.getName(0).toString();
				String place = relative.getFileName().toString().replace(".java", "");
				Matcher code = CODE.matcher(source);
				while (code.find()) {
					Use use = uses.computeIfAbsent(code.group(), c -> new Use());
					use.modules.add(module);
					use.places.add(place);
					note(use, source, code.start(), code.end());
				}
			}
		}
		return uses;
	}

	private static void note(Use use, String source, int start, int end) {
		int statementStart = Math.max(Math.max(source.lastIndexOf(';', start), source.lastIndexOf('{', start)),
				source.lastIndexOf('}', start));
		int statementEnd = statementEnd(source, end);
		String before = source.substring(statementStart + 1, start);
		String after = source.substring(end, (statementEnd < 0) ? source.length() : statementEnd);
		Matcher caseLabel = CASE.matcher(before.stripTrailing().replaceAll("\"$", ""));
		String kind = nearestKind(before, after);
		if (caseLabel.find()) {
			use.kinds.add(status(caseLabel.group(1)));
		}
		else if (kind != null) {
			use.kinds.add(status(kind));
		}
		else if (before.contains("Reason.error")) {
			use.kinds.add("校验结果：错误");
		}
		else if (before.contains("Reason.warning")) {
			use.kinds.add("校验结果：提示");
		}
		else if (before.contains("IntakeException")) {
			use.kinds.add(status("RULE_VIOLATION"));
		}
		Matcher title = CHINESE_TITLE.matcher(after);
		if (title.find() && use.chineseTitle == null) {
			use.chineseTitle = title.group(1);
		}
		if (use.message == null) {
			use.message = message(after);
		}
	}

	/**
	 * Where the statement ends: the first semicolon outside a text (codes are in one).
	 */
	private static int statementEnd(String source, int from) {
		boolean inText = true;
		for (int i = from; i < source.length(); i++) {
			char c = source.charAt(i);
			if (inText && c == '\\') {
				i++;
			}
			else if (c == '"') {
				inText = !inText;
			}
			else if (c == ';' && !inText) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * The kind or status named last before the code in its statement, else first after
	 * it.
	 */
	private static String nearestKind(String before, String after) {
		String kind = null;
		Matcher earlier = KIND.matcher(before);
		while (earlier.find()) {
			kind = earlier.group(1);
		}
		Matcher later = KIND.matcher(after);
		return (kind != null) ? kind : later.find() ? later.group(1) : null;
	}

	/**
	 * The English text next to a code: the text it opens, or the next English text
	 * argument, its computed parts shown as "…".
	 */
	private static String message(String after) {
		if (after.startsWith(" ")) {
			// the code opens a text, e.g. a log line "GX-CAL-001 No holiday notice…"
			return after.substring(0, Math.max(0, after.indexOf('"'))).strip();
		}
		Matcher literal = LITERAL.matcher(after);
		int from = 1;
		while (from < after.length() && literal.find(from)) {
			String text = literal.group(1);
			if (text.matches(".*[A-Za-z].*") && !CODE.matcher(text).find()) {
				int argumentStart = Math.max(after.lastIndexOf(',', literal.start()),
						after.lastIndexOf('(', literal.start()));
				boolean computedBefore = !after.substring(argumentStart + 1, literal.start()).isBlank();
				return (computedBefore ? "…" : "") + argument(after, literal.start());
			}
			from = literal.end();
		}
		return null;
	}

	/** The argument starting at {@code start}, literals kept and expressions as "…". */
	private static String argument(String text, int start) {
		StringBuilder out = new StringBuilder();
		int depth = 0;
		boolean computed = false;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				int end = i + 1;
				while (end < text.length() && text.charAt(end) != '"') {
					end += (text.charAt(end) == '\\') ? 2 : 1;
				}
				if (computed) {
					out.append('…');
					computed = false;
				}
				out.append(text, i + 1, Math.min(end, text.length()));
				i = end;
			}
			else if (depth == 0 && (c == ',' || c == ')')) {
				break;
			}
			else {
				depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
				computed |= !Character.isWhitespace(c) && c != '+';
			}
		}
		if (computed) {
			out.append('…');
		}
		return out.toString().replace("\\\"", "\"").replace("\\n", " ").strip();
	}

	/** The source with its comments blanked: a code named in a comment is not a use. */
	static String withoutComments(String source) {
		StringBuilder out = new StringBuilder(source.length());
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (c == '"' || c == '\'') {
				int end = i + 1;
				while (end < source.length() && source.charAt(end) != c) {
					end += (source.charAt(end) == '\\') ? 2 : 1;
				}
				end = Math.min(end + 1, source.length());
				out.append(source, i, end);
				i = end;
			}
			else if (source.startsWith("//", i)) {
				int end = source.indexOf('\n', i);
				i = (end < 0) ? source.length() : end;
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				i = (end < 0) ? source.length() : end + 2;
				out.append(' ');
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	private static String status(String kind) {
		return switch (kind) {
			case "BAD_REQUEST" -> "400 BAD_REQUEST";
			case "UNAUTHORIZED" -> "401 UNAUTHORIZED";
			case "FORBIDDEN" -> "403 FORBIDDEN";
			case "NOT_FOUND" -> "404 NOT_FOUND";
			case "METHOD_NOT_ALLOWED" -> "405 METHOD_NOT_ALLOWED";
			case "NOT_ACCEPTABLE" -> "406 NOT_ACCEPTABLE";
			case "CONFLICT" -> "409 CONFLICT";
			case "CONTENT_TOO_LARGE" -> "413 CONTENT_TOO_LARGE";
			case "UNSUPPORTED_MEDIA_TYPE" -> "415 UNSUPPORTED_MEDIA_TYPE";
			case "RULE_VIOLATION" -> "422 RULE_VIOLATION";
			case "TOO_MANY_REQUESTS" -> "429 TOO_MANY_REQUESTS";
			case "INTERNAL_SERVER_ERROR" -> "500 INTERNAL_SERVER_ERROR";
			default -> kind;
		};
	}

	/**
	 * The Chinese meaning of every code from the register problem documents use
	 * ({@code i18n/problems.properties}); a code without a Chinese line maps to "".
	 */
	static Map<String, String> documentedMeanings() throws IOException {
		Map<String, String> meanings = new TreeMap<>();
		java.util.Properties texts = new java.util.Properties();
		try (var reader = Files.newBufferedReader(Path.of("src/main/resources/i18n/problems.properties"),
				StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		texts.forEach((code, meaning) -> meanings.put(code.toString(),
				chinese(meaning.toString().strip()) ? meaning.toString().strip() : ""));
		return meanings;
	}

	/** People read Chinese: a meaning without a single Chinese character is not one. */
	static boolean chinese(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	static String render(Map<String, Use> uses, Map<String, String> meanings) {
		StringBuilder doc = new StringBuilder("""
				# Error codes

				Every stable error code (`GX-XXX-nnn`) the platform uses, with its HTTP status (or, for checks that
				report rather than fail, the kind of finding), its meaning in Chinese (含义) and the English message
				the code gives. REST endpoints answer with these codes in RFC 9457 problem documents (see
				[architecture.md](architecture.md#error-contract)); pages show them next to the Chinese text.

				Generated by `ErrorCodesDocumentedTests` from the sources; the 含义 column comes from
				`src/main/resources/i18n/problems.properties`, the register whose Chinese text is also the title and
				detail of every problem document (the English message follows as `message`). Regenerate (and check
				that no code is missing) with

				    ./mvnw -B -o test -Dtest=ErrorCodesDocumentedTests

				The test fails when a code the sources use has no Chinese line in the register; the file then shows
				it with 含义 `（待补充）`: add the line and commit both.

				| Code | Status / kind | 含义 | Message (English) | Module | Raised in |
				| --- | --- | --- | --- | --- | --- |
				""");
		uses.forEach((code, use) -> {
			String meaning = meanings.getOrDefault(code, "");
			if (meaning.isEmpty()) {
				meaning = (use.chineseTitle != null) ? use.chineseTitle : TO_FILL;
			}
			doc.append("| `")
				.append(code)
				.append("` | ")
				.append(use.kinds.isEmpty() ? "—" : String.join(", ", use.kinds))
				.append(" | ")
				.append(cell(meaning))
				.append(" | ")
				.append(cell((use.message != null) ? use.message : "—"))
				.append(" | ")
				.append(String.join(", ", use.modules))
				.append(" | ")
				.append(String.join(", ", use.places))
				.append(" |\n");
		});
		return doc.toString();
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ").strip();
	}

}
