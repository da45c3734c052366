package io.gongxin.platform.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Actor;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.FileCells;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page a role can reach by following links from its start page, on the demo data,
 * read as a person reads it: no English words but the few the platform's users know (file
 * formats, protocols, the national field codes) and no machine timestamps. The CSV and
 * XLSX files those pages link to are read the same way. Neither a page element nor a file
 * cell may hold a bare department, category or division code, but a file's column titled
 * …代码 (kept for clerks beside the name).
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChineseUiCrawlIT {

	/** Words people in a credit office read as they are. */
	static final Set<String> ALLOWED = Set.of("PDF", "CSV", "XLSX", "API", "JSON", "ID", "URL", "HTTP", "HTTPS", "UTF",
			"GBK", "QR", "SM2", "SM3", "SM4", "OIDC", "AEO", "ICP",
			// the product's own name beside 公信; the protocol's name on the sign-in page
			"GongXin", "OpenID", "Connect",
			// national standards are cited by their prefix (GB 32100, GB 11643)
			"GB",
			// the search page shows what a pinyin query and an initials query look like
			"guangzhouxinghe", "gzxh");

	/**
	 * The platform's own enum constants: a page that shows one leaks a state or type
	 * instead of its name. Upper-case codes that are not one are register codes (a
	 * department, a category, a template) and count as data.
	 */
	static final Set<String> ENUM_CONSTANTS = enumConstants();

	/**
	 * A bound that only a crawl running away (an endless calendar, say) reaches: every
	 * role reaches all its pages well below it, and the test fails if the bound is
	 * reached. Pages of one shape (ids aside) are read at most {@link #SAME_SHAPE} times.
	 */
	static final int PAGES = 1000;

	static final int SAME_SHAPE = 2;

	/** Files per role at most. */
	static final int FILES = 12;

	static final Pattern FILE = Pattern.compile(".*\\.(csv|xlsx)(\\?.*)?");

	static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

	static final Pattern ISO_TIME = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z|\\bUTC\\b|\\bGMT\\b");

	static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_.:/@%?=&+\\-]+");

	static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

	static final Pattern ATTRIBUTE = Pattern.compile("\\s(?:title|alt|placeholder|aria-label)=\"([^\"]*)\""
			+ "|<input(?=[^>]*\\stype=\"(?:submit|button|reset)\")[^>]*\\svalue=\"([^\"]*)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoDataLoader demo;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	io.gongxin.identifier.Regions regions;

	@Autowired
	io.gongxin.catalog.Catalogs catalogs;

	/** Department and category codes: in a file, shown alone, they stand for a name. */
	final Set<String> registerCodes = new java.util.HashSet<>();

	final Map<Role, String> keys = new HashMap<>();

	/** Sign-in names and key names: what an administrator types, shown as typed. */
	final Set<String> accountNames = new java.util.HashSet<>();

	String enterpriseUscc;

	String enterpriseUser;

	String personId;

	@BeforeAll
	void demoData() {
		this.demo.load();
		String department = this.jdbc.sql("SELECT department_code FROM security_user WHERE role = 'PROVIDER' LIMIT 1")
			.query(String.class)
			.single();
		for (Role role : List.of(Role.PROVIDER, Role.OFFICER, Role.REVIEWER, Role.ADMIN, Role.BANK)) {
			this.keys.put(role, ApiKeys.issue(this.accounts, role, role.departmentBound() ? department : null));
		}
		this.enterpriseUscc = this.jdbc.sql("SELECT uscc FROM security_user WHERE role = 'ENTERPRISE' LIMIT 1")
			.query(String.class)
			.single();
		this.enterpriseUser = this.jdbc.sql("SELECT username FROM security_user WHERE role = 'ENTERPRISE' LIMIT 1")
			.query(String.class)
			.single();
		this.accountNames.addAll(this.jdbc.sql("SELECT username FROM security_user").query(String.class).list());
		this.accountNames.addAll(this.jdbc.sql("SELECT name FROM security_api_key").query(String.class).list());
		this.personId = this.jdbc
			.sql("SELECT value FROM subject_key WHERE kind = 'CITIZEN_ID' AND current ORDER BY subject_id LIMIT 1")
			.query(String.class)
			.optional()
			.orElse(io.gongxin.identifier.CheckCharacters.citizenId("44010619900307123"));
		this.registerCodes.addAll(this.jdbc.sql("SELECT code FROM provider").query(String.class).list());
		this.registerCodes.addAll(this.catalogs.categoryNames().keySet());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "ANONYMOUS", "PROVIDER", "OFFICER", "REVIEWER", "ADMIN", "BANK", "ENTERPRISE", "PERSON" })
	void everyPageARoleReachesIsInChineseWithLocalTimes(String who) throws Exception {
		Deque<String> queue = new ArrayDeque<>(List.of("/", startPage(who)));
		Set<String> seen = new LinkedHashSet<>();
		Map<String, Integer> shapes = new HashMap<>();
		Set<String> files = new LinkedHashSet<>();
		List<String> findings = new ArrayList<>();
		while (!queue.isEmpty() && seen.size() < PAGES) {
			String path = queue.poll();
			if (!seen.add(path) || shapes.merge(shape(path), 1, Integer::sum) > SAME_SHAPE) {
				continue;
			}
			MockHttpServletResponse response = this.mvc.perform(as(who, get(path))).andReturn().getResponse();
			if (response.getStatus() >= 300 && response.getStatus() < 400) {
				String to = response.getRedirectedUrl();
				if (to != null && to.startsWith("/") && !to.startsWith("/login")) {
					queue.add(to);
				}
				continue;
			}
			if (response.getStatus() >= 400) {
				findings.add(path + " → HTTP " + response.getStatus());
				continue;
			}
			String type = String.valueOf(response.getContentType());
			if (!type.startsWith("text/html")) {
				continue;
			}
			String html = response.getContentAsString(StandardCharsets.UTF_8);
			for (String problem : problems(html)) {
				findings.add(path + " → " + problem);
			}
			for (String problem : bareCodes(html)) {
				findings.add(path + " → " + problem);
			}
			Matcher link = LINK.matcher(html);
			while (link.find()) {
				String next = link.group(1).replace("&amp;", "&");
				if (FILE.matcher(next).matches()) {
					files.add(next);
				}
				else if (followed(next)) {
					queue.add(next);
				}
			}
		}
		int read = readFiles(who, files, findings);
		System.out.printf("crawl as %s: %d pages, %d files%n", who, seen.size(), read);
		assertThat(seen).as("pages reached").hasSizeGreaterThan(3);
		assertThat(queue).as("pages left unread when the crawl stopped at %d", PAGES).isEmpty();
		assertThat(findings).as("English words, machine timestamps or failing links on %d pages", seen.size())
			.isEmpty();
	}

	/**
	 * Downloads the linked files (a few of each shape) and reads their cells. Rejection
	 * workbooks are left out: they are the national layout, returned for correction and
	 * filed again, and their cells are what the department sent.
	 */
	private int readFiles(String who, Set<String> files, List<String> findings) throws Exception {
		Map<String, Integer> shapes = new HashMap<>();
		int read = 0;
		for (String path : files) {
			if (read >= FILES || path.contains("/rejections.xlsx")
					|| shapes.merge(shape(path), 1, Integer::sum) > SAME_SHAPE) {
				continue;
			}
			MockHttpServletResponse response = this.mvc.perform(as(who, get(path))).andReturn().getResponse();
			if (response.getStatus() != 200) {
				findings.add(path + " → HTTP " + response.getStatus());
				continue;
			}
			read++;
			System.out.printf("crawl as %s: file %s%n", who, path);
			byte[] body = response.getContentAsByteArray();
			List<List<String>> rows = path.matches(".*\\.xlsx(\\?.*)?") ? FileCells.xlsxRows(body)
					: FileCells.csvRows(body);
			for (String problem : fileProblems(rows)) {
				findings.add(path + " → " + problem);
			}
		}
		return read;
	}

	/**
	 * A file's words and timestamps by the page rules, and its bare codes: a register
	 * code or a division code alone in a cell, outside a column a …代码 title heads.
	 */
	Set<String> fileProblems(List<List<String>> rows) {
		Set<String> found = new TreeSet<>();
		Set<Integer> codeColumns = new java.util.HashSet<>();
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows) {
			for (int c = 0; c < row.size(); c++) {
				String cell = (row.get(c) != null) ? row.get(c).strip() : "";
				// problems() reads markup; a cell's angle brackets are text
				text.append(' ').append(cell.replace('<', '‹'));
				if (cell.endsWith("代码")) {
					codeColumns.add(c);
				}
				boolean code = this.registerCodes.contains(cell)
						|| cell.matches("\\d{6}") && this.regions.name(cell).isPresent();
				if (code && !codeColumns.contains(c)) {
					found.add("code \"" + cell + "\" alone in a cell instead of its name");
				}
			}
		}
		found.addAll(problems(text.toString()));
		return found;
	}

	@org.junit.jupiter.api.Test
	void aBareCodeAnEnumConstantOrAMachineTimeInAFileCellOrAPageElementIsFound() {
		Set<String> found = fileProblems(List.of(List.of("部门代码", "部门名称", "行政区划"),
				List.of("XZCF", "广州市市场监督管理局", "440100"), List.of("行政处罚信息", "COMPLETED", "2026-11-25T03:00Z")));
		assertThat(found).anyMatch(p -> p.contains("\"440100\""))
			.anyMatch(p -> p.contains("COMPLETED"))
			.anyMatch(p -> p.startsWith("timestamp"))
			// a code in the column a …代码 title heads is there for clerks
			.noneMatch(p -> p.contains("\"XZCF\""));
		assertThat(fileProblems(List.of(List.of("信息类别"), List.of("XZCF")))).anyMatch(p -> p.contains("\"XZCF\""));
		assertThat(bareCodes("<td> XZCF </td><td>440100</td><td>行政处罚信息（<code>XZCF</code>）</td>")).hasSize(2);
		assertThat(this.registerCodes).hasSizeGreaterThan(5);
	}

	static final Pattern ELEMENT_TEXT = Pattern.compile(">\\s*([^<>]+?)\\s*<");

	/**
	 * An element whose whole text is a department, category or division code: a page that
	 * shows one stands a code for a name. {@code <code>} elements show codes on purpose.
	 */
	Set<String> bareCodes(String html) {
		Set<String> found = new TreeSet<>();
		String body = html.replaceAll("(?is)<script.*?</script>", " ")
			.replaceAll("(?is)<code[^>]*>.*?</code>", " ")
			.replaceAll("(?is)<head>.*?</head>", " ");
		Matcher element = ELEMENT_TEXT.matcher(body);
		while (element.find()) {
			String text = element.group(1);
			if (this.registerCodes.contains(text) || text.matches("\\d{6}") && this.regions.name(text).isPresent()) {
				found.add("code \"" + text + "\" instead of its name");
			}
		}
		return found;
	}

	/** The English words and machine timestamps a person would see on the page. */
	Set<String> problems(String html) {
		Set<String> found = new TreeSet<>();
		// <code> and <pre> hold what must be typed exactly (a file format's sample, an
		// audit action's identifier), not words to read
		String body = html.replaceAll("(?is)<script.*?</script>", " ")
			.replaceAll("(?is)<style.*?</style>", " ")
			.replaceAll("(?is)<code[^>]*>.*?</code>", " ")
			.replaceAll("(?is)<pre[^>]*>.*?</pre>", " ")
			.replaceAll("(?is)<head>.*?</head>", " ");
		StringBuilder text = new StringBuilder(body.replaceAll("(?s)<[^>]*>", " "));
		Matcher attribute = ATTRIBUTE.matcher(body);
		while (attribute.find()) {
			text.append(' ').append((attribute.group(1) != null) ? attribute.group(1) : attribute.group(2));
		}
		String visible = text.toString()
			.replace("&nbsp;", " ")
			.replace("&amp;", "&")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&lt;", "<")
			.replace("&gt;", ">");
		Matcher time = ISO_TIME.matcher(visible);
		while (time.find()) {
			found.add("timestamp "
					+ visible.substring(Math.max(0, time.start() - 10), Math.min(visible.length(), time.end() + 10))
						.strip());
		}
		Matcher token = TOKEN.matcher(visible);
		while (token.find()) {
			String t = token.group();
			if (data(t) || this.accountNames.contains(t) || ALLOWED.contains(t)) {
				continue;
			}
			if (t.matches("[A-Z]{2,}([-_][A-Z]{2,})*")) {
				if (ENUM_CONSTANTS.contains(t)) {
					found.add("code \"" + t + "\" instead of its name");
				}
				continue;
			}
			Matcher word = WORD.matcher(t);
			while (word.find()) {
				if (!ALLOWED.contains(word.group())) {
					found.add("word \"" + word.group() + "\" in \"" + t + "\"");
				}
			}
		}
		return found;
	}

	/**
	 * Data rather than words: codes and numbers (they hold digits), addresses, e-mail,
	 * and upper-case codes with underscores (national field codes, settings).
	 */
	static boolean data(String token) {
		return token.chars().anyMatch(Character::isDigit) || token.contains("://") || token.startsWith("/")
				|| token.startsWith(".") || token.contains("@") || token.matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+")
				|| token.contains(".") && token.matches("[a-z0-9.-]+\\.(cn|com|org|net|gov)(/.*)?");
	}

	private static Set<String> enumConstants() {
		Set<String> names = new java.util.HashSet<>();
		for (com.tngtech.archunit.core.domain.JavaClass type : new com.tngtech.archunit.core.importer.ClassFileImporter()
			.withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.gongxin")) {
			if (type.isEnum()) {
				type.getEnumConstants().forEach(constant -> names.add(constant.name()));
			}
		}
		return names;
	}

	private static boolean followed(String path) {
		return !(path.startsWith("/api/") || path.startsWith("/logout") || path.startsWith("/login")
				|| path.startsWith("/actuator") || path.startsWith("/webjars") || path.startsWith("/css")
				|| path.startsWith("/js") || path.startsWith("/img") || path.startsWith("/swagger")
				|| path.startsWith("/v3/") || path.startsWith("/oauth2")
				|| path.matches(".*\\.(pdf|csv|xlsx|json)(\\?.*)?"));
	}

	/**
	 * An address with its ids and numbers taken out, so a list of 100 rows is read once
	 * or twice.
	 */
	private static String shape(String path) {
		return path.replaceAll("[0-9a-fA-F]{8}-[0-9a-fA-F-]{27}", "{uuid}")
			.replaceAll("\\d+", "{n}")
			.replaceAll("=[^&]*", "=");
	}

	private String startPage(String who) {
		return switch (who) {
			case "PROVIDER" -> "/ingest";
			case "OFFICER" -> "/quality";
			case "REVIEWER" -> "/inbox";
			case "ADMIN" -> "/admin/users";
			case "BANK" -> "/subscriptions";
			case "ENTERPRISE" -> "/my/reports";
			case "PERSON" -> "/my/file";
			default -> "/portal/publications";
		};
	}

	private MockHttpServletRequestBuilder as(String who, MockHttpServletRequestBuilder request) {
		return switch (who) {
			case "ANONYMOUS" -> request;
			case "ENTERPRISE" -> request.with(authentication(caller(Role.ENTERPRISE)));
			case "PERSON" -> request.with(authentication(caller(Role.PERSON)));
			default -> request.header("X-API-Key", this.keys.get(Role.valueOf(who)));
		};
	}

	private org.springframework.security.core.Authentication caller(Role role) {
		Actor actor = new Actor((role == Role.ENTERPRISE) ? this.enterpriseUser : "个人用户", role, null,
				(role == Role.ENTERPRISE) ? this.enterpriseUscc : null, (role == Role.PERSON) ? this.personId : null);
		return UsernamePasswordAuthenticationToken.authenticated(actor, null,
				List.of(new SimpleGrantedAuthority(role.authority())));
	}

}
