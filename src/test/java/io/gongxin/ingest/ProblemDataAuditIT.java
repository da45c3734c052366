package io.gongxin.ingest;

import java.util.List;
import java.util.Map;

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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Problem data keeps citizen ids as submitted, so every view of it that shows them is a
 * read of personal data in the audit log, attributed to the account by its name.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemDataAuditIT {

	static final String PROVIDER = "GZ-PDAUDIT";

	static final String AUTHORITY = CheckCharacters.uscc("11440100MB2P0027");

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

	String clerk;

	String batch;

	@BeforeAll
	void aBatchWithAPersonsRowRejected() throws Exception {
		SystemActor.runAs("test",
				() -> this.providers.register(new Provider(PROVIDER, "广州市审计读取测试局", AUTHORITY, "440100", true, 0)));
		this.clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, PROVIDER);
		String valid = CheckCharacters.citizenId("44010619850317201");
		String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1');
		List<Map<String, String>> rows = List
			.of(aPenalty().againstPerson("张某某", wrongCheck).by("广州市审计读取测试局", AUTHORITY).document("穗审读罚〔2026〕1号").row());
		MvcResult result = this.mvc
			.perform(post("/api/ingest/providers/" + PROVIDER + "/categories/XZCF/records")
				.header("X-API-Key", this.clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(rows)))
			.andReturn();
		JsonNode receipt = this.json.readTree(result.getResponse().getContentAsString());
		assertThat(receipt.get("rejected").asInt()).as(receipt.toString()).isEqualTo(1);
		this.batch = receipt.get("batchId").asText();
	}

	@Test
	void readingABatchsRejectedRowsWithACitizenIdIsAuditedUnderTheKeysName() throws Exception {
		long before = reads();
		MvcResult result = this.mvc
			.perform(get("/api/ingest/batches/" + this.batch + "/rejections").header("X-API-Key", this.clerk))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("CF_XDR_ZJHM");
		assertThat(reads()).isEqualTo(before + 1);
		Map<String, Object> event = newestRead();
		assertThat(event.get("target_id")).isEqualTo(this.batch);
		assertThat((String) event.get("actor")).startsWith("apikey:test-provider-").doesNotContain("Actor[");
		assertThat((String) event.get("details")).contains("batch rejections").contains("1 rows");
	}

	@Test
	void exportingTheRejectedRowsAsAWorkbookIsAudited() throws Exception {
		long before = reads();
		MvcResult result = this.mvc
			.perform(get("/api/ingest/batches/" + this.batch + "/rejections.xlsx").header("X-API-Key", this.clerk))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(reads()).isEqualTo(before + 1);
		assertThat((String) newestRead().get("details")).contains("rejections workbook");
	}

	@Test
	void theOpenProblemDataListIsAuditedToo() throws Exception {
		long before = reads();
		this.mvc.perform(get("/api/ingest/problem-data").header("X-API-Key", this.clerk)).andReturn();
		assertThat(reads()).isEqualTo(before + 1);
		assertThat(newestRead().get("target_id")).isEqualTo(PROVIDER);
	}

	private long reads() {
		return this.jdbc.sql("""
				SELECT count(*) FROM audit_event
				WHERE action = 'ingest.rejection.read.person' AND (target_id = :batch OR target_id = :provider)
				""").param("batch", this.batch).param("provider", PROVIDER).query(Long.class).single();
	}

	private Map<String, Object> newestRead() {
		return this.jdbc.sql("""
				SELECT actor, target_id, details FROM audit_event
				WHERE action = 'ingest.rejection.read.person' AND (target_id = :batch OR target_id = :provider)
				ORDER BY seq DESC LIMIT 1
				""").param("batch", this.batch).param("provider", PROVIDER).query().singleRow();
	}

}
