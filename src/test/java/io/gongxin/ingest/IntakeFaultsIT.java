package io.gongxin.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.internal.IntakeDesk;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.Penalties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
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

/**
 * Batches that meet a fault: files no reader can split, submissions racing on one 文书号,
 * faults that come back at every attempt. The caller always gets a final answer, and a
 * batch never lingers to be applied at some later start.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeFaultsIT {

	static final String PROVIDER = "GZ-FAULTS";

	static final String PATH = "/api/ingest/providers/" + PROVIDER + "/categories/XZCF";

	static final String AUTHORITY = CheckCharacters.uscc("11440100MB2F0017");

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	IntakeDesk desk;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Value("${gongxin.ingest.spool-directory}")
	Path spoolDirectory;

	String clerk;

	@BeforeAll
	void setUp() {
		SystemActor.runAs("test",
				() -> this.providers.register(new Provider(PROVIDER, "广州市故障测试局", AUTHORITY, "440100", true, 0)));
		this.clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, PROVIDER);
	}

	@Test
	void aCsvWhoseHeaderHasMoreColumnsThanAnyReaderTakesFailsAtOnceWithItsReason() throws Exception {
		StringBuilder csv = new StringBuilder();
		for (int i = 0; i < 20_000; i++) {
			csv.append(i == 0 ? "" : ",").append("列").append(i);
		}
		csv.append("\r\n1,2,3\r\n");
		JsonNode receipt = upload("wide.csv", "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8), false, 201);
		assertThat(receipt.get("status").asText()).isEqualTo("FAILED");
		assertThat(receipt.get("errorCode").asText()).isEqualTo("GX-ING-005");
		assertThat(receipt.get("error").asText()).contains("表头行");
		assertThat(this.desk.unfinished()).doesNotContain(UUID.fromString(receipt.get("batchId").asText()));
	}

	@Test
	void aCallerWhoDidNotWaitSeesAPoisonFileEndFailedInsteadOfWaitingForEver() throws Exception {
		byte[] xlsx = withSheet(validWorkbook(), sheet -> sheet.substring(0, sheet.length() / 2));
		JsonNode accepted = upload("broken.xlsx", XLSX, xlsx, true, 202);
		String batch = accepted.get("batchId").asText();
		JsonNode receipt = awaitFinished(batch);
		assertThat(receipt.get("status").asText()).isEqualTo("FAILED");
		assertThat(receipt.get("errorCode").asText()).isEqualTo("GX-ING-005");
		assertThat(receipt.get("error").asText()).contains("工作表无法读取");
	}

	@Test
	void anXlsxWhoseSheetDeclaresADoctypeIsRefused() throws Exception {
		byte[] xlsx = withSheet(validWorkbook(),
				sheet -> sheet
					.replaceFirst("\\?>", "?><!DOCTYPE worksheet [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
					.replaceFirst("<v>", "<v>&x;"));
		JsonNode receipt = upload("doctype.xlsx", XLSX, xlsx, false, 201);
		assertThat(receipt.get("status").asText()).isEqualTo("FAILED");
		assertThat(receipt.get("errorCode").asText()).isEqualTo("GX-ING-005");
		assertThat(receipt.toString()).doesNotContain("root:");
	}

	@Test
	void submissionsRacingOnOneDocumentNumberAreAllStoredInOrderAndTheLastStoredIsActive() throws Exception {
		String document = "穗市监罚〔2026〕竞争" + UUID.randomUUID().toString().substring(0, 8) + "号";
		String uscc = CheckCharacters.uscc("91440101MA5RACE1");
		int racers = 8;
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<MvcResult>> results = new ArrayList<>();
		try {
			for (int i = 0; i < racers; i++) {
				Map<String, String> row = aPenalty().against("广州竞争报送有限公司", uscc)
					.by("广州市故障测试局", AUTHORITY)
					.document(document)
					.fine(String.valueOf(i + 1))
					.row();
				results.add(pool.submit(() -> {
					start.await();
					return this.mvc
						.perform(post(PATH + "/records").header("X-API-Key", this.clerk)
							.contentType(MediaType.APPLICATION_JSON)
							.content(this.json.writeValueAsString(List.of(row))))
						.andReturn();
				}));
			}
			start.countDown();
			List<String> batches = new ArrayList<>();
			for (Future<MvcResult> result : results) {
				MvcResult done = result.get();
				assertThat(done.getResponse().getStatus()).as(done.getResponse().getContentAsString()).isEqualTo(201);
				JsonNode receipt = this.json.readTree(done.getResponse().getContentAsString());
				assertThat(receipt.get("status").asText()).isEqualTo("COMPLETED");
				assertThat(receipt.get("accepted").asInt()).isEqualTo(1);
				batches.add(receipt.get("batchId").asText());
			}
			List<Map<String, Object>> versions = this.jdbc.sql("""
					SELECT r.status, r.batch_id::text AS batch, b.completed_at FROM ingest_record r
					JOIN ingest_batch b ON b.id = r.batch_id
					WHERE r.provider_code = :provider AND r.document_number = :document ORDER BY r.id
					""").param("provider", PROVIDER).param("document", document).query().listOfRows();
			assertThat(versions).hasSize(racers);
			assertThat(versions).filteredOn(v -> "ACTIVE".equals(v.get("status"))).hasSize(1);
			// the version stored last, by the batch that completed last, is the one in
			// force
			assertThat(versions.get(racers - 1).get("status")).isEqualTo("ACTIVE");
			assertThat(this.desk.unfinished())
				.doesNotContainAnyElementsOf(batches.stream().map(UUID::fromString).toList());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aBatchThatFailsTheSameWayTwiceIsQuarantinedWithItsReasonAndNothingOfItIsStored() throws Exception {
		String document = "穗市监罚〔2026〕故障" + UUID.randomUUID().toString().substring(0, 8) + "号";
		this.jdbc.sql("""
				CREATE OR REPLACE FUNCTION test_injected_fault() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				  IF NEW.document_number LIKE '穗市监罚〔2026〕故障%' THEN
				    RAISE EXCEPTION 'injected fault for %', NEW.document_number;
				  END IF;
				  RETURN NEW;
				END $$
				""").update();
		this.jdbc.sql("""
				CREATE TRIGGER test_injected_fault BEFORE INSERT ON ingest_record
				FOR EACH ROW EXECUTE FUNCTION test_injected_fault()
				""").update();
		try {
			Map<String, String> row = aPenalty().against("广州故障注入有限公司", CheckCharacters.uscc("91440101MA5FLT01"))
				.by("广州市故障测试局", AUTHORITY)
				.document(document)
				.row();
			MvcResult result = this.mvc
				.perform(post(PATH + "/records").header("X-API-Key", this.clerk)
					.contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(List.of(row))))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
			JsonNode receipt = this.json.readTree(result.getResponse().getContentAsString());
			assertThat(receipt.get("status").asText()).isEqualTo("FAILED");
			assertThat(receipt.get("errorCode").asText()).isEqualTo("GX-ING-013");
			assertThat(receipt.get("error").asText()).contains("同一故障").contains("已隔离").doesNotContain("injected");
			UUID batch = UUID.fromString(receipt.get("batchId").asText());
			assertThat(this.jdbc.sql("SELECT attempts FROM ingest_batch WHERE id = :id")
				.param("id", batch)
				.query(Integer.class)
				.single()).isEqualTo(2);
			assertThat(this.jdbc.sql("SELECT count(*) FROM ingest_record WHERE batch_id = :id")
				.param("id", batch)
				.query(Integer.class)
				.single()).isZero();
			assertThat(this.desk.unfinished()).doesNotContain(batch);
		}
		finally {
			this.jdbc.sql("DROP TRIGGER test_injected_fault ON ingest_record").update();
			this.jdbc.sql("DROP FUNCTION test_injected_fault()").update();
		}
	}

	@Test
	void aSubmissionWhoseAuditEntryCannotBeWrittenLeavesNoBatchAndNoFileBehind() throws Exception {
		// the database goes away just as the submission is put on record: the batch and
		// its audit entry commit together or not at all, so no batch is left on record
		// that nobody will process
		this.jdbc.sql("""
				CREATE OR REPLACE FUNCTION test_audit_outage() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN
				  IF NEW.action = 'ingest.batch.submit' AND NEW.details LIKE 'GZ-FAULTS XZCF%' THEN
				    RAISE EXCEPTION 'connection lost' USING ERRCODE = '08006';
				  END IF;
				  RETURN NEW;
				END $$
				""").update();
		this.jdbc.sql("""
				CREATE TRIGGER test_audit_outage BEFORE INSERT ON audit_event
				FOR EACH ROW EXECUTE FUNCTION test_audit_outage()
				""").update();
		try {
			long batchesBefore = batchCount();
			List<String> spooledBefore = spooled();
			Map<String, String> row = aPenalty().against("广州审计中断有限公司", CheckCharacters.uscc("91440101MA5AUD01"))
				.by("广州市故障测试局", AUTHORITY)
				.document("穗市监罚〔2026〕审计中断1号")
				.row();
			MvcResult rows = this.mvc
				.perform(post(PATH + "/records").header("X-API-Key", this.clerk)
					.contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(List.of(row))))
				.andReturn();
			MvcResult file = this.mvc
				.perform(multipart(PATH + "/files?async=true")
					.file(new MockMultipartFile("file", "处罚.csv", "text/csv",
							Penalties.csv(List.of(row)).getBytes(StandardCharsets.UTF_8)))
					.header("X-API-Key", this.clerk))
				.andReturn();

			for (MvcResult result : List.of(rows, file)) {
				assertThat(result.getResponse().getStatus()).isEqualTo(503);
				assertThat(result.getResponse().getContentAsString()).contains("GX-SYS-002");
			}
			assertThat(batchCount()).isEqualTo(batchesBefore);
			assertThat(spooled()).containsExactlyInAnyOrderElementsOf(spooledBefore);
		}
		finally {
			this.jdbc.sql("DROP TRIGGER test_audit_outage ON audit_event").update();
			this.jdbc.sql("DROP FUNCTION test_audit_outage()").update();
		}
	}

	private long batchCount() {
		return this.jdbc.sql("SELECT count(*) FROM ingest_batch WHERE provider_code = :provider")
			.param("provider", PROVIDER)
			.query(Long.class)
			.single();
	}

	private List<String> spooled() throws IOException {
		if (!Files.isDirectory(this.spoolDirectory)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(this.spoolDirectory)) {
			return files.map(path -> path.getFileName().toString()).toList();
		}
	}

	@Test
	void aBatchWhoseEveryAttemptWasCutShortByACrashIsQuarantinedWhenResumed() {
		UUID batch = SystemActor.callAs("test",
				() -> this.desk.receiveRows(PROVIDER, "XZCF", BatchKind.RECORDS, Channel.API,
						List.of(aPenalty().against("广州反复中断有限公司", CheckCharacters.uscc("91440101MA5CUT01"))
							.by("广州市故障测试局", AUTHORITY)
							.document("穗市监罚〔2026〕中断1号")
							.row()),
						"API"));
		// what three crashes in the middle of the batch leave behind
		this.jdbc.sql("UPDATE ingest_batch SET status = 'PROCESSING', attempts = 3 WHERE id = :id")
			.param("id", batch)
			.update();
		assertThat(this.desk.unfinished()).contains(batch);

		BatchReceipt receipt = SystemActor.callAs("ingest-recovery", () -> this.desk.process(batch));

		assertThat(receipt.status()).isEqualTo(BatchStatus.FAILED);
		assertThat(receipt.errorCode()).isEqualTo("GX-ING-013");
		assertThat(receipt.error()).contains("平台中断").contains("已隔离");
		assertThat(this.desk.unfinished()).doesNotContain(batch);
	}

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private JsonNode upload(String name, String type, byte[] content, boolean async, int expected) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart(PATH + "/files" + (async ? "?async=true" : ""))
				.file(new MockMultipartFile("file", name, type, content))
				.header("X-API-Key", this.clerk))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(expected);
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	private JsonNode awaitFinished(String batch) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			MvcResult result = this.mvc.perform(get("/api/ingest/batches/" + batch).header("X-API-Key", this.clerk))
				.andReturn();
			JsonNode receipt = this.json.readTree(result.getResponse().getContentAsString());
			String status = receipt.get("status").asText();
			if (status.equals("COMPLETED") || status.equals("FAILED")) {
				return receipt;
			}
			assertThat(Instant.now()).as("batch %s still %s", batch, status).isBefore(deadline);
			Thread.sleep(100);
		}
	}

	private static byte[] validWorkbook() throws Exception {
		Map<String, String> row = aPenalty().against("广州表格故障有限公司", CheckCharacters.uscc("91440101MA5XLT01"))
			.by("广州市故障测试局", AUTHORITY)
			.document("穗市监罚〔2026〕表格1号")
			.row();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("行政处罚");
		List<String> columns = new ArrayList<>(row.keySet());
		for (int c = 0; c < columns.size(); c++) {
			sheet.value(0, c, columns.get(c));
			String value = row.get(columns.get(c));
			if (value != null) {
				sheet.value(1, c, value);
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	/** The workbook with its first sheet's XML rewritten. */
	private static byte[] withSheet(byte[] xlsx, java.util.function.UnaryOperator<String> change) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		java.nio.file.Path file = Files.createTempFile("gx-sheet", ".xlsx");
		Files.write(file, xlsx);
		// fastexcel's local headers leave sizes to the central directory, which only
		// ZipFile reads
		try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
				ZipOutputStream zip = new ZipOutputStream(out)) {
			for (ZipEntry entry : java.util.Collections.list(in.entries())) {
				byte[] content = in.getInputStream(entry).readAllBytes();
				if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
					content = change.apply(new String(content, StandardCharsets.UTF_8))
						.getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		finally {
			Files.delete(file);
		}
		return out.toByteArray();
	}

}
