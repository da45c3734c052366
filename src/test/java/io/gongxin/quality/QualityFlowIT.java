package io.gongxin.quality;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.LoopbackReceiver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Three departments file batches of known quality; the bulletin shows the exact rates and
 * ranking, a department sees only its own figures, and the exports carry the numbers.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QualityFlowIT {

	static final String A = "GZ-QA";

	static final String B = "GZ-QB";

	static final String C = "GZ-QC";

	static final String SILENT = "GZ-QD";

	/** The credit office's receiver of quality notices, set up by the old setting. */
	static LoopbackReceiver webhook;

	@DynamicPropertySource
	static void webhook(DynamicPropertyRegistry registry) {
		webhook = LoopbackReceiver.start();
		registry.add("gongxin.quality.webhook-url", () -> webhook.url().toString());
	}

	@AfterAll
	void stopWebhook() {
		webhook.close();
	}

	/**
	 * Notices arrive through the subscription the setting made: signed with the secret
	 * the platform wrote to the key directory, in the subscription envelope.
	 */
	static void awaitNotice(String... contents) throws Exception {
		String secret = java.nio.file.Files
			.readString(java.nio.file.Path.of("target/test-keys/quality-webhook.secret"));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(webhook.requests()).anySatisfy(request -> {
				assertThat(request.eventType()).isEqualTo("quality.notice-raised");
				assertThat(request.body()).contains("\"type\":\"quality.notice-raised\"").contains(contents);
				assertThat(request.signedWith(secret)).isTrue();
			}));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	Ingestion ingestion;

	@Autowired
	QualityMetrics metrics;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	String officer;

	String reviewer;

	String clerkA;

	String clerkB;

	String month;

	int year;

	LocalDate today;

	@BeforeAll
	void fileBatchesOfKnownQuality() {
		this.today = LocalDate.now(this.clock);
		this.year = this.today.getYear();
		this.month = YearMonth.from(this.today).toString();
		SystemActor.runAs("test", () -> {
			register(A, "广州质量甲局", "440104");
			register(B, "广州质量乙局", "440104");
			register(C, "广州质量丙局", "440106");
			register(SILENT, "广州质量丁局", "440106");
			// A: 10 rows, all good and on time
			submit(A, rows("甲", 1, 10, 0, 0));
			// B: serials 1-4 and 6-10 good (2 of them late), one row with a broken code
			List<Map<String, String>> b = rows("乙", 1, 4, 0, 2);
			b.addAll(rows("乙", 6, 10, 0, 0));
			b.add(aPenalty().against("广州乙局错码公司", "91440101MA5QB0XXZZ").document("穗质乙罚〔" + this.year + "〕11号").row());
			submit(B, b);
			// C: 4 good rows, 1 late; then 2 of them again (re-submissions are not first
			// submissions)
			List<Map<String, String>> c = rows("丙", 1, 4, 0, 1);
			submit(C, c);
			submit(C, c.subList(0, 2));
		});
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.metrics.ofProvider(Period.month(YearMonth.from(this.today)), C).batches() == 2
					&& this.metrics.ofProvider(Period.month(YearMonth.from(this.today)), B).batches() == 1
					&& this.metrics.ofProvider(Period.month(YearMonth.from(this.today)), A).batches() == 1);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM quality_document").query(Long.class).single() == 23);
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.reviewer = ApiKeys.issue(this.accounts, Role.REVIEWER, null);
		this.clerkA = ApiKeys.issue(this.accounts, Role.PROVIDER, A);
		this.clerkB = ApiKeys.issue(this.accounts, Role.PROVIDER, B);
	}

	@Test
	void theBulletinShowsTheExactRatesAndRanking() throws Exception {
		recordSampleOfB();
		JsonNode draft = getJson("/api/quality/bulletins/draft?month=" + this.month, this.officer);
		JsonNode ranking = draft.get("ranking");
		assertThat(codes(ranking)).containsExactly(A, C, B, SILENT);
		assertLine(ranking.get(0), 10, 10, "100.00", "100.00");
		assertLine(ranking.get(1), 4, 4, "100.00", "75.00");
		assertLine(ranking.get(2), 10, 9, "90.00", "77.78");
		assertThat(ranking.get(1).get("resubmitted").asLong()).isEqualTo(2);
		assertThat(ranking.get(2).get("missesCompliance").asBoolean()).isTrue();
		assertThat(ranking.get(2).get("missesTimeliness").asBoolean()).isTrue();
		assertThat(ranking.get(2).get("missingNumbers").asLong()).isEqualTo(1);
		assertThat(ranking.get(2).get("missesConcealment").asBoolean()).isTrue();
		assertThat(ranking.get(2).get("concealment").decimalValue()).isEqualByComparingTo("5.00");
		assertThat(ranking.get(1).get("missesCompliance").asBoolean()).isFalse();
		assertThat(ranking.get(1).get("missesTimeliness").asBoolean()).isTrue();
		assertThat(ranking.get(3).get("reported").asBoolean()).isFalse();
		// overall: 23 of 24 first submissions compliant; 20 of 23 stored rows on time
		assertLine(draft.get("overall"), 24, 23, "95.83", "86.96");
		JsonNode coverage = draft.get("coverage").get(0);
		assertThat(coverage.get("rate").decimalValue()).isEqualByComparingTo("75.00");
		assertThat(coverage.get("silent").get(0).asText()).isEqualTo(SILENT);
		assertThat(draft.get("reasons").toString()).contains("IDENTIFIER_INVALID")
			.contains("代码或证件号码错误")
			.contains("广州质量乙局：");
	}

	@Test
	void theExportsOpenAndCarryTheFigures() throws Exception {
		byte[] xlsx = download("/api/quality/bulletins/draft.xlsx?month=" + this.month);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			Row third = rows.stream().filter(r -> r.getRowNum() == 7).findFirst().orElseThrow();
			assertThat(third.getCellText(2)).isEqualTo("广州质量乙局");
			assertThat(new java.math.BigDecimal(third.getCellText(11))).isEqualByComparingTo("90.00");
			assertThat(new java.math.BigDecimal(third.getCellText(12))).isEqualByComparingTo("77.78");
		}
		byte[] pdf = download("/api/quality/bulletins/draft.pdf?month=" + this.month);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
			assertThat(text).contains("广州质量乙局").contains("90.00%").contains("77.78%").contains("95.83%");
		}
	}

	@Test
	void theExportsAndChartsNameDepartmentsCategoriesAndRegionsNotTheirCodes() throws Exception {
		List<String> codes = List.of(A, B, C, SILENT, "XZCF", "440104", "440106", "IDENTIFIER_INVALID");
		byte[] xlsx = download("/api/quality/bulletins/draft.xlsx?month=" + this.month);
		List<String> cells = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
				for (Row row : sheet.read()) {
					for (int c = 0; c < row.getCellCount(); c++) {
						// the department's code stands next to its name, for clerks who
						// file by code
						if (!(sheet.getIndex() == 0 && c == 1)) {
							cells.add(row.getCellText(c));
						}
					}
				}
			}
		}
		assertThat(cells).contains("广州质量乙局", "广州市越秀区", "广州市天河区", "行政处罚信息", "广州质量丁局", "代码或证件号码错误")
			.doesNotContainAnyElementsOf(codes)
			.anySatisfy(cell -> assertThat(cell).endsWith("（北京时间）"));
		try (PDDocument document = Loader.loadPDF(download("/api/quality/bulletins/draft.pdf?month=" + this.month))) {
			String text = Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
			assertThat(text).contains("行政处罚信息").contains("广州质量丁局").contains("北京时间");
			codes.forEach(code -> assertThat(text).doesNotContain(code));
		}
		JsonNode dashboard = getJson("/api/quality/dashboard?month=" + this.month, this.officer);
		List<String> regionNames = new ArrayList<>();
		dashboard.get("regions").forEach(region -> regionNames.add(region.get("name").asText()));
		assertThat(regionNames).contains("广州市越秀区", "广州市天河区");
		assertThat(dashboard.get("coverage").get(0).get("categoryName").asText()).isEqualTo("行政处罚信息");
		assertThat(dashboard.get("coverage").get(0).get("silentNames").toString()).contains("广州质量丁局");
		String page = this.mvc.perform(get("/quality?month=" + this.month).header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(">广州市越秀区<").doesNotContain(">440104<");
		String bulletin = this.mvc
			.perform(get("/quality/bulletins?month=" + this.month).header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(bulletin).contains(">行政处罚信息<").doesNotContain(">XZCF<").contains("广州质量丁局");
	}

	@Test
	void aPublishedBulletinIsFixedAndCannotBePublishedTwice() throws Exception {
		String period = "{\"month\":\"" + YearMonth.from(this.today).minusMonths(1)
				+ "\",\"commentary\":\"上月各单位均无报送，请按时报送。\"}";
		this.mvc
			.perform(post("/api/quality/bulletins").header("X-API-Key", this.reviewer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(period))
			.andExpect(status().isForbidden());
		JsonNode published = this.json.readTree(
				this.mvc
					.perform(post("/api/quality/bulletins").header("X-API-Key", this.officer)
						.contentType(MediaType.APPLICATION_JSON)
						.content(period))
					.andExpect(status().isCreated())
					.andReturn()
					.getResponse()
					.getContentAsString());
		long id = published.get("id").asLong();
		this.mvc
			.perform(post("/api/quality/bulletins").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content(period))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("GX-QLT-005"));
		assertThat(getJson("/api/quality/bulletins/" + id, this.reviewer).get("commentary").asText())
			.isEqualTo("上月各单位均无报送，请按时报送。");
		String page = this.mvc.perform(get("/quality/bulletins/" + id).header("X-API-Key", this.reviewer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("上月各单位均无报送").contains("已发布").contains("北京时间").doesNotContain("发布通报</button>");
		try (PDDocument document = Loader.loadPDF(download("/api/quality/bulletins/" + id + ".pdf"))) {
			assertThat(Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC))
				.contains("上月各单位均无报送");
		}
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'quality.bulletin.publish'")
			.query(Long.class)
			.single()).isEqualTo(1);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.jdbc.sql("UPDATE quality_bulletin SET commentary = 'x'").update())
			.hasMessageContaining("immutable");
	}

	@Test
	void aProviderSeesOnlyItsOwnNumbers() throws Exception {
		JsonNode own = getJson("/api/quality/providers/" + B + "/metrics?month=" + this.month, this.clerkB);
		assertThat(own.get("figures").get("compliance").decimalValue()).isEqualByComparingTo("90.00");
		assertThat(own.get("openProblems").asLong()).isEqualTo(1);
		assertThat(own.get("advice").toString()).contains("合规率 90.00% 低于目标 99%").contains("问题数据尚未改正");
		this.mvc.perform(get("/api/quality/providers/" + A + "/metrics").header("X-API-Key", this.clerkB))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/quality/providers/" + A).header("X-API-Key", this.clerkB))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/quality/providers/" + B).header("X-API-Key", this.clerkB)).andExpect(status().isOk());
		JsonNode notices = getJson("/api/quality/notices?provider=" + A, this.clerkB);
		assertThat(notices.size()).isPositive();
		notices.forEach(notice -> assertThat(notice.get("providerCode").asText()).isEqualTo(B));
		assertThat(notices.toString()).contains("COMPLIANCE").contains("TIMELINESS");
		assertThat(getJson("/api/quality/notices", this.clerkA).size()).isZero();
		awaitNotice(B, "COMPLIANCE");
	}

	@Test
	void problemDataLeftUnfixedTooLongEarnsANoticeByInboxAndWebhook() throws Exception {
		// B's batch is backdated: it completed a month ago, its rejected row is still
		// open
		this.jdbc
			.sql("UPDATE quality_batch SET completed_at = completed_at - INTERVAL '30 days' WHERE provider_code = :p")
			.param("p", B)
			.update();
		JsonNode raised = this.json
			.readTree(this.mvc.perform(post("/api/quality/notices/sweep").header("X-API-Key", this.officer))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(raised.toString()).contains("STALE_PROBLEM_DATA").contains(B).doesNotContain(A);
		assertThat(getJson("/api/quality/notices", this.clerkB).toString()).contains("STALE_PROBLEM_DATA");
		awaitNotice("STALE_PROBLEM_DATA");
		// and the correction is a task on B's desk, with its deadline in working days
		JsonNode tasks = getJson("/api/inbox/tasks", this.clerkB);
		assertThat(tasks.toString()).contains("PROBLEM_DATA_CORRECTION").contains("问题数据改正").contains("5个工作日");
		this.mvc.perform(post("/api/quality/notices/sweep").header("X-API-Key", this.clerkB))
			.andExpect(status().isForbidden());
	}

	@Test
	void gapsAndCrossSourceReconciliationPointAtTheMissingDecision() throws Exception {
		JsonNode gaps = getJson("/api/quality/gaps?provider=" + B, this.officer);
		assertThat(gaps.size()).isEqualTo(1);
		assertThat(gaps.get(0).get("agency").asText()).isEqualTo("穗质乙罚");
		assertThat(gaps.get(0).get("from").asInt()).isEqualTo(5);
		assertThat(gaps.get(0).get("to").asInt()).isEqualTo(5);
		String csv = "文书号,决定日期,主体名称\n穗质乙罚[" + this.year + "]3号," + this.today + ",广州乙局3号公司\n穗质乙罚〔" + this.year + "〕5号,"
				+ this.today.minusDays(40) + ",广州乙局5号公司\n穗质乙罚〔" + this.year + "〕12号," + this.today + ",\n";
		MockMultipartFile file = new MockMultipartFile("file", "known.csv", "text/csv",
				csv.getBytes(StandardCharsets.UTF_8));
		JsonNode result = this.json.readTree(this.mvc
			.perform(multipart("/api/quality/reconciliations").file(file)
				.param("provider", B)
				.header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(result.get(0).get("status").asText()).isEqualTo("REPORTED");
		assertThat(result.get(1).get("status").asText()).isEqualTo("UNREPORTED");
		assertThat(result.get(2).get("status").asText()).isEqualTo("PENDING");
		this.mvc
			.perform(multipart("/api/quality/reconciliations").file(file)
				.param("provider", B)
				.header("X-API-Key", this.reviewer))
			.andExpect(status().isForbidden());
		MockMultipartFile bad = new MockMultipartFile("file", "bad.csv", "text/csv", "名称\n某\n".getBytes());
		this.mvc
			.perform(multipart("/api/quality/reconciliations").file(bad)
				.param("provider", B)
				.header("X-API-Key", this.officer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-QLT-002"));
	}

	@Test
	void everyEndpointRefusesTheWrongCaller() throws Exception {
		List<String> office = List.of("/api/quality/metrics", "/api/quality/regions", "/api/quality/coverage",
				"/api/quality/dashboard", "/api/quality/gaps", "/api/quality/samples", "/api/quality/defects",
				"/api/quality/bulletins", "/api/quality/bulletins/draft", "/api/quality/bulletins/draft.xlsx",
				"/quality", "/quality/bulletins");
		for (String path : office) {
			this.mvc.perform(get(path).header("X-API-Key", this.clerkA)).andExpect(status().isForbidden());
			if (path.startsWith("/api/")) {
				this.mvc.perform(get(path).accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
			}
			else {
				this.mvc.perform(get(path)).andExpect(status().is3xxRedirection());
			}
			this.mvc.perform(get(path).header("X-API-Key", this.reviewer)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/api/quality/notices").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/quality/providers/" + A + "/metrics").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/quality/providers/" + A + "/metrics").header("X-API-Key", this.officer))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/quality/samples").header("X-API-Key", this.clerkA)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/quality/metrics?month=2026-13").header("X-API-Key", this.officer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-QLT-001"));
		this.mvc
			.perform(post("/api/quality/samples").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"provider\":\"" + A + "\",\"checkedOn\":\"" + this.today
						+ "\",\"checked\":3,\"unreported\":4}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-QLT-003"));
	}

	@Test
	void theCodeDefectRateComesFromTheIdentifierGovernanceRegister() throws Exception {
		JsonNode defects = getJson("/api/quality/defects", this.officer);
		assertThat(defects.get("figures").get("codes").asLong()).isPositive();
		assertThat(defects.get("figures").get("source").asText()).isEqualTo("identifier register (重错码治理)");
		assertThat(defects.get("defectRate").decimalValue()).isEqualByComparingTo("0");
	}

	private void recordSampleOfB() throws Exception {
		if (getJson("/api/quality/samples?provider=" + B + "&month=" + this.month, this.officer).get("samples")
			.isEmpty()) {
			this.mvc
				.perform(post("/api/quality/samples").header("X-API-Key", this.officer)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"provider\":\"" + B + "\",\"checkedOn\":\"" + this.today
							+ "\",\"checked\":20,\"unreported\":1,\"note\":\"现场抽查\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.estimate.upper").isNumber());
		}
	}

	private void register(String code, String name, String division) {
		String uscc = CheckCharacters.uscc("11" + division + "MB2Q" + code.charAt(code.length() - 1) + "001");
		this.providers.register(new Provider(code, name, uscc, division, true, 0));
		this.providers.setObligations(code, java.util.Set.of("XZCF"));
	}

	private void submit(String provider, List<Map<String, String>> rows) {
		// each department files its own decisions
		Provider department = this.providers.get(provider);
		for (Map<String, String> row : rows) {
			row.put("CF_CFJG", department.name());
			row.put("CF_CFJGDM", department.uscc());
			row.put("CF_SJLY", department.name());
			row.put("CF_SJLYDM", department.uscc());
		}
		this.ingestion.submitRows(provider, "XZCF", rows, Channel.API);
	}

	/**
	 * Penalty rows with serials from..to of the provider's sequence; {@code late} of them
	 * decided 40 days ago.
	 */
	private List<Map<String, String>> rows(String tag, int from, int to, int unused, int late) {
		List<Map<String, String>> rows = new ArrayList<>();
		for (int serial = from; serial <= to; serial++) {
			LocalDate decided = (serial - from < late) ? this.today.minusDays(40) : this.today;
			String uscc = CheckCharacters.uscc("91440101MA5Q" + code(tag) + String.format("%03d", serial));
			rows.add(aPenalty().against("广州" + tag + "局" + serial + "号公司", uscc)
				.document("穗质" + tag + "罚〔" + this.year + "〕" + serial + "号")
				.decidedOn(decided)
				.row());
		}
		return rows;
	}

	private static String code(String tag) {
		return switch (tag) {
			case "甲" -> "A";
			case "乙" -> "B";
			default -> "C";
		};
	}

	private static List<String> codes(JsonNode ranking) {
		List<String> codes = new ArrayList<>();
		ranking.forEach(line -> codes.add(line.get("code").asText()));
		return codes;
	}

	private static void assertLine(JsonNode line, long received, long compliant, String compliance, String timeliness) {
		assertThat(line.get("received").asLong()).isEqualTo(received);
		assertThat(line.get("compliant").asLong()).isEqualTo(compliant);
		assertThat(line.get("compliance").decimalValue()).isEqualByComparingTo(compliance);
		assertThat(line.get("timeliness").decimalValue()).isEqualByComparingTo(timeliness);
	}

	private byte[] download(String path) throws Exception {
		return this.mvc.perform(get(path).header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private JsonNode getJson(String path, String key) throws Exception {
		MockHttpServletRequestBuilder request = get(path).header("X-API-Key", key);
		return this.json.readTree(
				this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
