package io.gongxin.audit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every endpoint that can show a citizen id in full, found by calling every GET endpoint
 * of the platform (taken from its request mappings, so a new one is covered without being
 * listed here) as every role, with the ids of a person who has an accepted and a rejected
 * record: each response that carries the full id must have written a read of personal
 * data to the audit log, and the public never gets the full id at all.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalDataReadsIT {

	static final String PROVIDER = "GZ-PIIREAD";

	static final String AUTHORITY = CheckCharacters.uscc("11440100MB2P0035");

	static final String CITIZEN_ID = CheckCharacters.citizenId("44010619790523451");

	/** The same id with a wrong check character: kept as problem data as submitted. */
	static final String WRONG_CHECK = CITIZEN_ID.substring(0, 17) + (CITIZEN_ID.charAt(17) == '1' ? '2' : '1');

	/** A valid id of nobody the platform knows. */
	static final String UNKNOWN_ID = CheckCharacters.citizenId("44010619850101123");

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?(\\w+)(?::[^}]*)?}");

	private static final int MAX_EXPANSIONS = 30;

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final Map<String, String> callers = new LinkedHashMap<>();

	String batch;

	long subject;

	List<String> records;

	List<String> rejections;

	@BeforeAll
	void aPersonWithAnAcceptedAndARejectedRecord() throws Exception {
		SystemActor.runAs("test",
				() -> this.providers.register(new Provider(PROVIDER, "广州市个人信息读取测试局", AUTHORITY, "440100", true, 0)));
		this.callers.put("ADMIN", ApiKeys.issue(this.accounts, Role.ADMIN, null));
		this.callers.put("OFFICER", ApiKeys.issue(this.accounts, Role.OFFICER, null));
		this.callers.put("REVIEWER", ApiKeys.issue(this.accounts, Role.REVIEWER, null));
		this.callers.put("PROVIDER", ApiKeys.issue(this.accounts, Role.PROVIDER, PROVIDER));
		this.callers.put("anonymous", null);
		List<Map<String, String>> rows = List.of(
				aPenalty().againstPerson("陈某某", CITIZEN_ID)
					.by("广州市个人信息读取测试局", AUTHORITY)
					.document("穗个读罚〔2026〕1号")
					.row(),
				aPenalty().againstPerson("陈某某", WRONG_CHECK)
					.by("广州市个人信息读取测试局", AUTHORITY)
					.document("穗个读罚〔2026〕2号")
					.row());
		MockHttpServletResponse response = this.mvc
			.perform(post("/api/ingest/providers/" + PROVIDER + "/categories/XZCF/records")
				.header("X-API-Key", this.callers.get("PROVIDER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(rows)))
			.andReturn()
			.getResponse();
		JsonNode receipt = this.json.readTree(response.getContentAsString());
		assertThat(receipt.get("accepted").asInt()).as(receipt.toString()).isEqualTo(1);
		this.batch = receipt.get("batchId").asText();
		this.subject = this.jdbc.sql("SELECT subject_id FROM subject_key WHERE value = ?")
			.param(CITIZEN_ID)
			.query(Long.class)
			.single();
		this.records = this.jdbc.sql("SELECT id::text FROM ingest_record WHERE subject_id = ?")
			.param(this.subject)
			.query(String.class)
			.list();
		this.rejections = this.jdbc.sql("SELECT id::text FROM ingest_rejection WHERE batch_id = ?::uuid")
			.param(this.batch)
			.query(String.class)
			.list();
		awaitCreditFile();
	}

	@Test
	void everyResponseCarryingAFullCitizenIdIsAuditedAndThePublicNeverGetsOne() throws Exception {
		List<String> carrying = new ArrayList<>();
		List<String> unaudited = new ArrayList<>();
		List<String> public_ = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = mapping.getKey();
			var methods = info.getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			Map<String, String> params = params(mapping.getValue());
			for (String template : info.getPatternValues()) {
				for (String path : expand(template)) {
					for (Map.Entry<String, String> caller : this.callers.entrySet()) {
						requests++;
						long before = reads();
						MockHttpServletResponse response = call(path, params, caller.getValue());
						// an error may name what the caller sent; only an answer can
						// disclose
						String body = text(response);
						if (response.getStatus() >= 300 || !(body.contains(CITIZEN_ID) || body.contains(WRONG_CHECK))) {
							continue;
						}
						if (echoes(path, params, caller.getValue())) {
							continue;
						}
						String call = "GET " + template + " as " + caller.getKey();
						carrying.add(call);
						if (caller.getValue() == null) {
							public_.add(call);
						}
						if (reads() <= before) {
							unaudited.add(call);
						}
					}
				}
			}
		}
		System.out.printf("Personal data reads: %d GET requests; the full citizen id came back from:%n  %s%n", requests,
				String.join("\n  ", new TreeSet<>(carrying)));
		assertThat(public_).as("the public saw a full citizen id").isEmpty();
		assertThat(unaudited).as("full citizen ids returned without an audited read").isEmpty();
		assertThat(carrying).as("the sweep reached the endpoints known to show the id")
			.anyMatch(call -> call.contains("/rejections"))
			.anyMatch(call -> call.contains("/rejections.xlsx"))
			.anyMatch(call -> call.startsWith("GET /api/subjects/{id} as OFFICER"));
	}

	private MockHttpServletResponse call(String path, Map<String, String> params, String key) throws Exception {
		MockHttpServletRequestBuilder request = get(path);
		params.forEach(request::param);
		if (key != null) {
			request.header("X-API-Key", key);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * Whether the endpoint only repeats an id it was given: asked about an id nobody has,
	 * it shows that id too (a verification page naming the number it could not find).
	 */
	private boolean echoes(String path, Map<String, String> params, String key) throws Exception {
		if (!path.contains(CITIZEN_ID) && !params.containsValue(CITIZEN_ID)) {
			return false;
		}
		Map<String, String> unknown = new LinkedHashMap<>();
		params.forEach((name, value) -> unknown.put(name, value.replace(CITIZEN_ID, UNKNOWN_ID)));
		return text(call(path.replace(CITIZEN_ID, UNKNOWN_ID), unknown, key)).contains(UNKNOWN_ID);
	}

	/** Request parameters the handler reads, filled from the person's data by name. */
	private Map<String, String> params(HandlerMethod handler) {
		Map<String, String> params = new LinkedHashMap<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
			if (annotation == null) {
				continue;
			}
			String name = !annotation.name().isEmpty() ? annotation.name()
					: !annotation.value().isEmpty() ? annotation.value() : parameter.getParameterName();
			if (name == null) {
				continue;
			}
			String value = switch (name.toLowerCase()) {
				case "q", "query", "keyword", "code", "key", "idnumber", "value" -> CITIZEN_ID;
				case "subject", "subjectid" -> Long.toString(this.subject);
				case "batch", "batchid" -> this.batch;
				case "provider", "department" -> PROVIDER;
				case "category" -> "XZCF";
				default -> null;
			};
			if (value != null) {
				params.put(name, value);
			}
		}
		return params;
	}

	/**
	 * The template with its variables replaced by the person's ids, a few ways at most.
	 */
	private List<String> expand(String template) {
		List<String> paths = List.of(template);
		Matcher matcher = VARIABLE.matcher(template);
		while (matcher.find()) {
			String variable = matcher.group(0);
			List<String> candidates = candidates(matcher.group(1).toLowerCase());
			List<String> next = new ArrayList<>();
			for (String path : paths) {
				for (String candidate : candidates) {
					if (next.size() < MAX_EXPANSIONS) {
						next.add(path.replace(variable, candidate));
					}
				}
			}
			paths = next;
		}
		return paths;
	}

	private List<String> candidates(String variable) {
		List<String> numbers = new ArrayList<>();
		numbers.add(Long.toString(this.subject));
		numbers.addAll(this.records);
		numbers.addAll(this.rejections);
		if (variable.contains("batch")) {
			return List.of(this.batch);
		}
		if (variable.contains("subject")) {
			return List.of(Long.toString(this.subject));
		}
		if (variable.contains("record")) {
			return this.records;
		}
		if (variable.contains("rejection")) {
			return this.rejections;
		}
		if (variable.contains("provider") || variable.contains("department")) {
			return List.of(PROVIDER);
		}
		if (variable.contains("category")) {
			return List.of("XZCF");
		}
		if (variable.contains("code") || variable.contains("key") || variable.contains("uscc")) {
			return List.of(CITIZEN_ID);
		}
		List<String> all = new ArrayList<>(numbers);
		all.add(this.batch);
		all.add(CITIZEN_ID);
		return all;
	}

	/** The response as text; a workbook's or archive's entries unpacked. */
	private static String text(MockHttpServletResponse response) throws Exception {
		byte[] body = response.getContentAsByteArray();
		if (body.length > 4 && body[0] == 'P' && body[1] == 'K') {
			// a workbook: its sheets are compressed XML, so unpack them (from a file: the
			// writer's entries carry data descriptors a stream reader refuses)
			java.nio.file.Path file = java.nio.file.Files.createTempFile("gongxin-pii", ".zip");
			try {
				java.nio.file.Files.write(file, body);
				StringBuilder text = new StringBuilder();
				try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
					for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
						text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
					}
				}
				return text.toString();
			}
			finally {
				java.nio.file.Files.deleteIfExists(file);
			}
		}
		return new String(body, StandardCharsets.UTF_8);
	}

	private long reads() {
		return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE kind = 'READ'").query(Long.class).single();
	}

	private void awaitCreditFile() throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (System.nanoTime() < deadline
				&& this.jdbc.sql("SELECT count(*) FROM creditfile_item WHERE subject_id = ?")
					.param(this.subject)
					.query(Long.class)
					.single() == 0) {
			Thread.sleep(100);
		}
	}

}
