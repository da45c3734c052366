package io.gongxin.remedy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.creditfile.CreditFiles;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.Departments;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The departments, keys and calls the remedy flows share: 市场监管局 files the records, 生态环境局
 * is another department, 财政局 checks, 发展改革委 is the credit office.
 */
final class RemedyFixture {

	static final String DEPARTMENT = "GZ-SCJGJ";

	static final String OTHER = "GZ-STJ";

	static final String FINANCE = "GZ-CZJ";

	static final String OFFICE = "GZ-FGW";

	final MockMvc mvc;

	final JsonMapper json;

	final CreditFiles creditFiles;

	final CreditRecords records;

	final String clerk;

	final String otherClerk;

	final String financeClerk;

	final String officer;

	RemedyFixture(MockMvc mvc, JsonMapper json, Providers providers, Accounts accounts, CreditFiles creditFiles,
			CreditRecords records) {
		this.mvc = mvc;
		this.json = json;
		this.creditFiles = creditFiles;
		this.records = records;
		Departments.register(providers, DEPARTMENT, OTHER, FINANCE, OFFICE);
		this.clerk = ApiKeys.issue(accounts, Role.PROVIDER, DEPARTMENT);
		this.otherClerk = ApiKeys.issue(accounts, Role.PROVIDER, OTHER);
		this.financeClerk = ApiKeys.issue(accounts, Role.PROVIDER, FINANCE);
		this.officer = ApiKeys.issue(accounts, Role.OFFICER, null);
	}

	/**
	 * Files a fine (一般 dishonesty information, published; a 警告 alone is 轻微 and is not)
	 * through the department's API and waits for its credit-file item.
	 */
	long filePenalty(String name, String uscc, String document, LocalDate decided) throws Exception {
		Map<String, String> row = aPenalty().against(name, uscc)
			.fine("2.5")
			.document(document)
			.decidedOn(decided)
			.row();
		JsonNode receipt = call(post("/api/ingest/providers/" + DEPARTMENT + "/categories/XZCF/records"), this.clerk,
				List.of(row), 201);
		assertThat(receipt.get("accepted").asInt()).as(receipt.toString()).isEqualTo(1);
		long recordId = this.records.ofBatch(UUID.fromString(receipt.get("batchId").asText()), 0, 1).get(0).id();
		// the credit file is projected after the batch commits
		await().atMost(Duration.ofSeconds(20)).until(() -> this.creditFiles.item(recordId).isPresent());
		return recordId;
	}

	/** A JSON call with an API key, its status checked; the body read as JSON. */
	JsonNode call(MockHttpServletRequestBuilder request, String key, Object body, int status) throws Exception {
		return json(this.mvc.perform(withJson(request.header("X-API-Key", key), body)).andReturn(), status);
	}

	MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	JsonNode json(MvcResult result, int status) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		return this.json.readTree(result.getResponse().getContentAsString());
	}

}
