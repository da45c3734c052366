package io.gongxin.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.Penalties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A department clerk files 双公示 penalties; an officer sees them.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestFlowIT {

	static final String PROVIDER = "GZ-SCJGJ";

	static final String OTHER = "GZ-STJ";

	static final String CHUNK_AUTHORITY = CheckCharacters.uscc("11440100MB2K8806");

	static final String PATH = "/api/ingest/providers/" + PROVIDER + "/categories/XZCF";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	Subjects subjects;

	@Autowired
	CreditRecords creditRecords;

	@Autowired
	JsonMapper json;

	String clerk;

	String officer;

	@BeforeAll
	void setUp() {
		SystemActor.runAs("test", () -> {
			this.providers.register(new Provider(PROVIDER, "广州市市场监督管理局", Penalties.AUTHORITY, "440100", true, 0));
			this.providers
				.register(new Provider(OTHER, "广州市生态环境局", CheckCharacters.uscc("11440100MB2D4417"), "440100", true, 0));
		});
		this.clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, PROVIDER);
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
	}

	@Test
	void aClerkUploadsACsvGetsAReceiptAndTheOfficerSeesTheRecords() throws Exception {
		String good1 = uscc("91440101MA5UPLD1");
		String good2 = uscc("91440101MA5UPLD2");
		List<Map<String, String>> rows = List.of(
				aPenalty().against("广州上传一号有限公司", good1).document("穗市监罚〔2026〕101号").fine("2.5").row(),
				aPenalty().against("广州上传二号有限公司", good2).document("穗市监罚〔2026〕102号").row(),
				aPenalty().against("广州上传三号有限公司", "91440101MA5UPLD3ZZ")
					.document("穗市监罚〔2026〕103号")
					.with("CF_CFLB", "03")
					.with("CF_NR_FK", null)
					.row());
		JsonNode receipt = upload("penalties.csv", Penalties.csv(rows).getBytes(StandardCharsets.UTF_8));
		assertThat(receipt.get("status").asText()).isEqualTo("COMPLETED");
		assertThat(receipt.get("encoding").asText()).isEqualTo("UTF-8");
		assertThat(receipt.get("submitted").asInt()).isEqualTo(3);
		assertThat(receipt.get("accepted").asInt()).isEqualTo(2);
		assertThat(receipt.get("rejected").asInt()).isEqualTo(1);

		String batch = receipt.get("batchId").asText();
		JsonNode rejections = getJson("/api/ingest/batches/" + batch + "/rejections", this.clerk);
		assertThat(rejections.get(0).get("rowNumber").asInt()).isEqualTo(4);
		assertThat(rejections.get(0).get("reasons").toString()).contains("IDENTIFIER_INVALID")
			.contains("CONDITIONAL_MANDATORY");

		JsonNode records = getJson("/api/ingest/records?provider=" + PROVIDER, this.officer);
		assertThat(records.toString()).contains("广州上传一号有限公司").contains("穗市监罚〔2026〕101号");
		assertThat(this.subjects.findByKey(SubjectKey.uscc(good1))).isPresent();

		// resubmitting the same file: recognised, nothing stored twice
		JsonNode again = upload("penalties.csv", Penalties.csv(rows).getBytes(StandardCharsets.UTF_8));
		assertThat(again.get("accepted").asInt()).isEqualTo(2);
		assertThat(again.get("unchanged").asInt()).isEqualTo(2);
		assertThat(again.get("created").asInt()).isZero();
		JsonNode after = getJson("/api/ingest/records?provider=" + PROVIDER + "&limit=500", this.officer);
		int copies = 0;
		for (JsonNode record : after) {
			copies += record.get("documentNumber").asText().equals("穗市监罚〔2026〕101号") ? 1 : 0;
		}
		assertThat(copies).isEqualTo(1);

		// the problem data comes back as a workbook with the reasons
		byte[] workbook = this.mvc
			.perform(get("/api/ingest/batches/" + batch + "/rejections.xlsx").header("X-API-Key", this.clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook read = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
			var sheetRows = read.getFirstSheet().read();
			assertThat(sheetRows.get(0).getCellText(1)).isEqualTo("问题原因");
			// the national layout's order under the titles the intake reads back
			assertThat(sheetRows.get(0).getCellText(2)).isEqualTo("行政相对人名称");
			assertThat(sheetRows.get(0).getCellText(3)).isEqualTo("行政相对人类别");
			assertThat(sheetRows.get(0).getCellText(4)).isEqualTo("行政相对人代码_1(统一社会信用代码)");
			// the reason names the field by its title, not its code
			assertThat(sheetRows.get(1).getCellText(1)).contains("行政相对人代码_1(统一社会信用代码)")
				.contains("罚款金额（万元）：")
				.doesNotContain("CF_XDR_SHXYM");
		}
	}

	@Test
	void aRevocationEndsTheRecord() throws Exception {
		String code = uscc("91440101MA5REWK1");
		submit(List.of(aPenalty().against("广州撤销测试有限公司", code).document("穗市监罚〔2026〕201号").row()));
		MvcResult result = this.mvc
			.perform(post(PATH + "/revocations").header("X-API-Key", this.clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"documentNumber\":\"穗市监罚〔2026〕201号\",\"reason\":\"经行政复议决定撤销\"},"
						+ "{\"documentNumber\":\"不存在的文号\",\"reason\":\"测试\"}]"))
			.andExpect(status().isCreated())
			.andReturn();
		JsonNode receipt = this.json.readTree(result.getResponse().getContentAsString());
		assertThat(receipt.get("revoked").asInt()).isEqualTo(1);
		assertThat(receipt.get("rejected").asInt()).isEqualTo(1);
		var subject = this.subjects.findByKey(SubjectKey.uscc(code)).orElseThrow();
		// read the records through the facade the credit file uses
		JsonNode records = getJson("/api/ingest/records?provider=" + PROVIDER + "&limit=500", this.officer);
		assertThat(records.toString()).contains("经行政复议决定撤销");
		assertThat(subject.name()).isEqualTo("广州撤销测试有限公司");
	}

	@Test
	void aNewVersionOfTheSameDecisionSupersedesTheOldOne() throws Exception {
		String code = uscc("91440101MA5WERT1");
		submit(List.of(aPenalty().against("广州版本测试有限公司", code).document("穗市监罚〔2026〕301号").row()));
		JsonNode receipt = submit(
				List.of(aPenalty().against("广州版本测试有限公司", code).document("穗市监罚〔2026〕301号").fine("1.2").row()));
		assertThat(receipt.get("superseding").asInt()).isEqualTo(1);
		JsonNode records = getJson("/api/ingest/records?provider=" + PROVIDER + "&limit=500", this.officer);
		assertThat(records.toString()).contains("\"status\":\"SUPERSEDED\"");
		// the batch's listeners read, page by page, the version it filed and the one it
		// ended
		java.util.UUID batch = java.util.UUID.fromString(receipt.get("batchId").asText());
		List<CreditRecord> paged = new java.util.ArrayList<>();
		long after = 0;
		for (List<CreditRecord> page = this.creditRecords.ofBatch(batch, after, 1); !page
			.isEmpty(); page = this.creditRecords.ofBatch(batch, after, 1)) {
			paged.addAll(page);
			after = page.get(0).id();
		}
		assertThat(paged).extracting(CreditRecord::status)
			.containsExactly(CreditRecord.Status.SUPERSEDED, CreditRecord.Status.ACTIVE);
		assertThat(paged).extracting(CreditRecord::documentNumber).containsOnly("穗市监罚〔2026〕301号");
		assertThat(paged.get(0).id()).isLessThan(paged.get(1).id());
	}

	@Test
	void minorMisconductAboutAPersonIsRejectedWithItsLegalReason() throws Exception {
		JsonNode receipt = submit(List.of(aPenalty().againstPerson("李某", CheckCharacters.citizenId("44010619900101123"))
			.document("穗公交罚〔2026〕9号")
			.conduct("闯红灯", "当事人驾驶非机动车闯红灯。")
			.row()));
		assertThat(receipt.get("rejected").asInt()).isEqualTo(1);
		JsonNode rejections = getJson("/api/ingest/batches/" + receipt.get("batchId").asText() + "/rejections",
				this.clerk);
		assertThat(rejections.toString()).contains("MINOR_MISCONDUCT");
		assertThat(rejections.toString()).as("the refusal names its legal basis").contains("立法");
	}

	@Test
	void aReportedNameThatDiffersIsFlaggedNotApplied() throws Exception {
		String code = uscc("91440101MA5NAME1");
		submit(List.of(aPenalty().against("广州名称测试有限公司", code).document("穗市监罚〔2026〕401号").row()));
		submit(List.of(aPenalty().against("广州名称测试公司", code).document("穗市监罚〔2026〕402号").row()));
		assertThat(this.subjects.findByKey(SubjectKey.uscc(code)).orElseThrow().name()).isEqualTo("广州名称测试有限公司");
		assertThat(this.subjects.openDiscrepancies(0, 100).stream().map(d -> d.reportedName())).contains("广州名称测试公司");
	}

	@Test
	void rejectedRowsAreValidatedAgainAfterTheReferenceDataIsFixed() throws Exception {
		// a real code issued before GB 32100 whose check digit does not compute
		String irregular = uscc("91440101MA5F1X01").substring(0, 17) + "0";
		irregular = irregular.equals(uscc("91440101MA5F1X01")) ? irregular.substring(0, 17) + "1" : irregular;
		JsonNode first = submit(List.of(aPenalty().against("广州历史代码有限公司", irregular).document("穗市监罚〔2026〕551号").row()));
		assertThat(first.get("rejected").asInt()).isEqualTo(1);

		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		this.mvc
			.perform(put("/api/admin/identifiers/known-irregular/" + irregular).header("X-API-Key", admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"note\":\"1998年核发，早于国家标准\"}"))
			.andExpect(status().isOk());

		MvcResult again = this.mvc
			.perform(post("/api/ingest/batches/" + first.get("batchId").asText() + "/revalidation").header("X-API-Key",
					this.clerk))
			.andExpect(status().isCreated())
			.andReturn();
		JsonNode receipt = this.json.readTree(again.getResponse().getContentAsString());
		assertThat(receipt.get("accepted").asInt()).isEqualTo(1);
		JsonNode open = getJson("/api/ingest/problem-data", this.clerk);
		for (JsonNode row : open) {
			assertThat(row.get("raw").toString()).doesNotContain("穗市监罚〔2026〕551号");
		}
	}

	@Test
	void gbkFilesAreDetectedAndSaid() throws Exception {
		String csv = Penalties
			.csv(List.of(aPenalty().against("广州编码测试有限公司", uscc("91440101MA5GBK01")).document("穗市监罚〔2026〕501号").row()));
		JsonNode receipt = upload("gbk.csv", csv.getBytes(Charset.forName("GBK")));
		assertThat(receipt.get("encoding").asText()).isEqualTo("GBK");
		assertThat(receipt.get("accepted").asInt()).isEqualTo(1);
	}

	@Test
	void aFileMixingUtf8AndGbkIsRefusedNamingTheLines() throws Exception {
		String header = Penalties.csv(List.of(aPenalty().row())).split("\r\n")[0] + "\r\n";
		String line1 = Penalties.csv(List.of(aPenalty().against("广州混合一有限公司", uscc("91440101MA5M1X01")).row()))
			.split("\r\n")[1] + "\r\n";
		String line2 = Penalties.csv(List.of(aPenalty().against("广州混合二有限公司", uscc("91440101MA5M1X02")).row()))
			.split("\r\n")[1] + "\r\n";
		java.io.ByteArrayOutputStream mixed = new java.io.ByteArrayOutputStream();
		mixed.writeBytes(header.getBytes(StandardCharsets.UTF_8));
		mixed.writeBytes(line1.getBytes(StandardCharsets.UTF_8));
		mixed.writeBytes(line2.getBytes(Charset.forName("GBK")));
		JsonNode receipt = upload("mixed.csv", mixed.toByteArray());
		assertThat(receipt.get("status").asText()).isEqualTo("FAILED");
		assertThat(receipt.get("errorCode").asText()).isEqualTo("GX-ING-004");
		assertThat(receipt.get("error").asText()).contains("line 2").contains("line 3");
	}

	@Test
	void duplicateRowsInOneBatchAreStoredOnceAndHtmlIsKeptAsText() throws Exception {
		Map<String, String> row = aPenalty().against("广州<script>alert(1)</script>有限公司", uscc("91440101MA5DUP01"))
			.document("穗市监罚〔2026〕561号")
			.conduct("虚假宣传'; DROP TABLE ingest_record; --", "<b>违法事实</b>")
			.row();
		JsonNode receipt = submit(List.of(row, row));
		assertThat(receipt.get("submitted").asInt()).isEqualTo(2);
		assertThat(receipt.get("accepted").asInt()).isEqualTo(2);
		assertThat(receipt.get("created").asInt()).isEqualTo(1);
		assertThat(receipt.get("unchanged").asInt()).isEqualTo(1);
		JsonNode records = getJson("/api/ingest/records?provider=" + PROVIDER + "&limit=500", this.officer);
		assertThat(records.toString()).contains("DROP TABLE ingest_record").contains("<script>");
	}

	@Test
	void aControlCharacterRejectsTheRowAndBackslashesAndTabsAreStoredAsSent() throws Exception {
		Map<String, String> nul = aPenalty().against("广州控制字符\0有限公司", uscc("91440101MA5CTL01"))
			.document("穗市监罚〔2026〕571号")
			.row();
		Map<String, String> escapes = aPenalty().against("广州转义测试有限公司", uscc("91440101MA5CTL02"))
			.document("穗市监罚〔2026〕572号")
			.conduct("虚假宣传", "路径 C:\\temp\\n 与制表符\t及换行\n第二行 {\"a\",\"b\"}")
			.row();
		JsonNode receipt = submit(List.of(nul, escapes));
		assertThat(receipt.get("submitted").asInt()).isEqualTo(2);
		assertThat(receipt.get("accepted").asInt()).isEqualTo(1);
		assertThat(receipt.get("rejected").asInt()).isEqualTo(1);
		JsonNode rejections = getJson("/api/ingest/batches/" + receipt.get("batchId").asText() + "/rejections",
				this.clerk);
		assertThat(rejections.get(0).get("reasons").toString()).contains("CONTROL_CHARACTER");
		assertThat(rejections.get(0).get("raw").get("CF_XDR_MC").asText()).isEqualTo("广州控制字符\uFFFD有限公司");
		JsonNode records = getJson("/api/ingest/records?provider=" + PROVIDER + "&limit=500", this.officer);
		JsonNode stored = null;
		for (JsonNode record : records) {
			if ("穗市监罚〔2026〕572号".equals(record.get("documentNumber").asText())) {
				stored = record;
			}
		}
		assertThat(stored).isNotNull();
		assertThat(stored.get("fields").get("CF_SY").asText()).isEqualTo("路径 C:\\temp\\n 与制表符\t及换行\n第二行 {\"a\",\"b\"}");
	}

	@Test
	void aRowRepeatedInALaterChunkOfTheSameBatchIsStoredOnce() throws Exception {
		List<Map<String, String>> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 5_001; i++) {
			rows.add(aPenalty().against("广州分块" + i + "有限公司", uscc("91440101MC" + String.format("%06d", i)))
				.by("广州市分块测试局", CHUNK_AUTHORITY)
				.document("穗市监罚〔2026〕9" + i + "号")
				.row());
		}
		rows.add(rows.get(0));
		// a department of its own, so that this batch's records do not crowd the other
		// tests' listings
		SystemActor.runAs("test", () -> this.providers
			.register(new Provider("GZ-CHUNK", "广州市分块测试局", CHUNK_AUTHORITY, "440100", true, 0)));
		String chunkClerk = ApiKeys.issue(this.accounts, Role.PROVIDER, "GZ-CHUNK");
		MvcResult result = this.mvc
			.perform(post("/api/ingest/providers/GZ-CHUNK/categories/XZCF/records").header("X-API-Key", chunkClerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(rows)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(201);
		JsonNode receipt = this.json.readTree(result.getResponse().getContentAsString());
		assertThat(receipt.get("submitted").asInt()).isEqualTo(5_002);
		assertThat(receipt.get("accepted").asInt()).isEqualTo(5_002);
		assertThat(receipt.get("created").asInt()).isEqualTo(5_001);
		assertThat(receipt.get("unchanged").asInt()).isEqualTo(1);
	}

	@Test
	void chineseHeadersAreAcceptedAsWellAsCodes() throws Exception {
		Map<String, String> row = aPenalty().against("广州表头测试有限公司", uscc("91440101MA5HEAD1"))
			.document("穗市监罚〔2026〕601号")
			.row();
		String csv = Penalties.csv(List.of(row))
			.replaceFirst("CF_XDR_MC", "行政相对人名称")
			.replaceFirst("CF_WSH", "行政处罚决定书文号");
		JsonNode receipt = upload("titles.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(receipt.get("accepted").asInt()).isEqualTo(1);
	}

	@Test
	void brokenCsvRowsAreRejectedOneByOneAndTheBatchStillBalances() throws Exception {
		String good = Penalties
			.csv(List.of(aPenalty().against("广州结构测试有限公司", uscc("91440101MA5TRC01")).document("穗市监罚〔2026〕701号").row()));
		String broken = "\uFEFF" + good + "\"only,two\r\n\"unbalanced,\"quote\r\n";
		JsonNode receipt = upload("broken.csv", broken.getBytes(StandardCharsets.UTF_8));
		assertThat(receipt.get("status").asText()).isEqualTo("COMPLETED");
		assertThat(receipt.get("accepted").asInt() + receipt.get("rejected").asInt())
			.isEqualTo(receipt.get("submitted").asInt());
		assertThat(receipt.get("accepted").asInt()).isEqualTo(1);
		assertThat(receipt.get("rejected").asInt()).isPositive();
	}

	@Test
	void formulasInAWorkbookAreRefused() throws Exception {
		Map<String, String> row = aPenalty().against("广州公式测试有限公司", uscc("91440101MA5F0RM1"))
			.document("穗市监罚〔2026〕801号")
			.row();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("Sheet1");
		int c = 0;
		for (Map.Entry<String, String> entry : row.entrySet()) {
			sheet.value(0, c, entry.getKey());
			if (entry.getKey().equals("CF_SY")) {
				sheet.formula(1, c, "HYPERLINK(\"http://evil.example\",\"点我\")");
			}
			else {
				sheet.value(1, c, entry.getValue());
			}
			c++;
		}
		workbook.finish();
		JsonNode receipt = upload("formula.xlsx", out.toByteArray());
		assertThat(receipt.get("rejected").asInt()).isEqualTo(1);
		JsonNode rejections = getJson("/api/ingest/batches/" + receipt.get("batchId").asText() + "/rejections",
				this.clerk);
		assertThat(rejections.toString()).contains("FORMULA");
	}

	@Test
	void aClerkCannotFileOrReadForAnotherDepartment() throws Exception {
		this.mvc
			.perform(post("/api/ingest/providers/" + OTHER + "/categories/XZCF/records").header("X-API-Key", this.clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(List.of(aPenalty().row()))))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("GX-SEC-003"));
		this.mvc.perform(get("/api/ingest/records?provider=" + OTHER).header("X-API-Key", this.clerk))
			.andExpect(status().isForbidden());
	}

	@Test
	void badSubmissionsGetClearErrors() throws Exception {
		this.mvc
			.perform(post("/api/ingest/providers/NOPE/categories/XZCF/records").header("X-API-Key", this.officer)
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"CF_WSH\":\"x\"}]"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("GX-ING-001"));
		this.mvc
			.perform(post("/api/ingest/providers/" + PROVIDER + "/categories/JAYWALKING/records")
				.header("X-API-Key", this.clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content("[{\"CF_WSH\":\"x\"}]"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-ING-007"));
		this.mvc
			.perform(
					multipart(PATH + "/files").file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
						.header("X-API-Key", this.clerk))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-ING-002"));
		JsonNode noHeader = upload("nonsense.csv", "foo,bar\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8));
		assertThat(noHeader.get("status").asText()).isEqualTo("FAILED");
		assertThat(noHeader.get("errorCode").asText()).isEqualTo("GX-ING-003");
		this.mvc.perform(post(PATH + "/records").contentType(MediaType.APPLICATION_JSON).content("[]"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theReceiptNamesTheApiKeyThatSubmittedTheBatchReadably() throws Exception {
		String name = uscc("91440101MA5BMK01");
		JsonNode receipt = upload("submitter.csv",
				Penalties.csv(List.of(aPenalty().against("广州报送人核对有限公司", name).document("穗市监罚〔2026〕901号").row()))
					.getBytes(StandardCharsets.UTF_8));
		assertThat(receipt.get("submittedBy").asText()).startsWith("API密钥 test-provider-").doesNotContain("Actor[");
	}

	private JsonNode upload(String name, byte[] content) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart(PATH + "/files").file(new MockMultipartFile("file", name, "text/csv", content))
				.header("X-API-Key", this.clerk))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	private JsonNode submit(List<Map<String, String>> rows) throws Exception {
		MvcResult result = this.mvc
			.perform(post(PATH + "/records").header("X-API-Key", this.clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(rows)))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	private JsonNode getJson(String path, String key) throws Exception {
		MvcResult result = this.mvc.perform(get(path).header("X-API-Key", key)).andExpect(status().isOk()).andReturn();
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	private static String uscc(String first16) {
		return CheckCharacters.uscc(first16);
	}

	static LocalDate day(String text) {
		return LocalDate.parse(text);
	}

}
