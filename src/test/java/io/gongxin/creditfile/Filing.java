package io.gongxin.creditfile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.Penalties;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A department clerk filing 行政处罚 records through the ingest API, and waiting for the
 * credit file (an asynchronous projection) to catch up.
 */
public final class Filing {

	public static final String PROVIDER = "GZ-SCJGJ";

	private final MockMvc mvc;

	private final JsonMapper json;

	private final String clerk;

	private Filing(MockMvc mvc, JsonMapper json, String clerk) {
		this.mvc = mvc;
		this.json = json;
		this.clerk = clerk;
	}

	public static Filing asClerk(MockMvc mvc, JsonMapper json, Providers providers, Accounts accounts) {
		SystemActor.runAs("test", () -> {
			if (providers.find(PROVIDER).isEmpty()) {
				providers.register(new Provider(PROVIDER, "广州市市场监督管理局", Penalties.AUTHORITY, "440100", true, 0));
			}
		});
		return new Filing(mvc, json, ApiKeys.issue(accounts, Role.PROVIDER, PROVIDER));
	}

	public JsonNode penalties(List<Map<String, String>> rows) throws Exception {
		return post("/records", this.json.writeValueAsString(rows));
	}

	public JsonNode revoke(String documentNumber, String reason) throws Exception {
		return post("/revocations",
				this.json.writeValueAsString(List.of(Map.of("documentNumber", documentNumber, "reason", reason))));
	}

	private JsonNode post(String suffix, String body) throws Exception {
		MvcResult result = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/ingest/providers/" + PROVIDER + "/categories/XZCF" + suffix)
				.header("X-API-Key", this.clerk)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
		return this.json.readTree(result.getResponse().getContentAsString());
	}

	/** GETs {@code path} (as {@code apiKey}, or anonymously) until the body passes. */
	public String await(String path, String apiKey, Predicate<String> condition) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		String body = "";
		while (Instant.now().isBefore(deadline)) {
			var request = get(path);
			if (apiKey != null) {
				request = request.header("X-API-Key", apiKey);
			}
			MvcResult result = this.mvc.perform(request).andReturn();
			body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			if (result.getResponse().getStatus() == 200 && condition.test(body)) {
				return body;
			}
			Thread.onSpinWait();
			Thread.sleep(50);
		}
		throw new AssertionError("condition not met for " + path + " within 20 s; last body: " + body);
	}

}
