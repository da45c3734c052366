package io.gongxin.platform;

import org.junit.jupiter.api.Test;

import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error contract on the real application, through the real filter chain: every
 * failure is an RFC 9457 problem with a stable code and the caller's correlation id.
 */
@GongxinIntegrationTest
class ErrorContractIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Test
	void unknownProviderIs404WithDomainCode() throws Exception {
		String key = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.mvc.perform(get("/api/providers/NOPE").header("X-API-Key", key))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("GX-PRV-001"))
			// people read Chinese: the code's meaning is title and detail; integrators
			// keep
			// the English message
			.andExpect(jsonPath("$.title").value(ProblemTexts.of("GX-PRV-001").orElseThrow()))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.matchesPattern(".*\\p{IsHan}.*")))
			.andExpect(jsonPath("$.message").isString());
	}

	@Test
	void invalidFieldsAre400ListingEachField() throws Exception {
		String key = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		this.mvc
			.perform(post("/api/providers").header("X-API-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"bad code\",\"name\":\"\",\"divisionCode\":\"44\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-REQ-001"))
			.andExpect(jsonPath("$.errors[?(@.field == 'code')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'divisionCode')]").exists());
	}

	@Test
	void registeringTheSameProviderTwiceIs409() throws Exception {
		String key = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		String body = "{\"code\":\"DUP-1\",\"name\":\"重复部门\",\"divisionCode\":\"440100\"}";
		this.mvc.perform(
				post("/api/providers").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		this.mvc.perform(
				post("/api/providers").header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("GX-PRV-002"));
	}

	@Test
	void aRuleViolationIs422() throws Exception {
		String key = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		this.mvc
			.perform(post("/api/admin/api-keys").header("X-API-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"clerk without department\",\"role\":\"PROVIDER\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-SEC-014"));
	}

	@Test
	void unauthenticatedIs401AndWrongRoleIs403() throws Exception {
		this.mvc.perform(get("/api/providers"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("GX-SEC-001"));
		String key = ApiKeys.issue(this.accounts, Role.BANK, "BANK-1");
		this.mvc.perform(get("/api/providers").header("X-API-Key", key))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("GX-SEC-002"));
	}

	@Test
	void theCallersCorrelationIdIsEchoedInHeaderAndProblem() throws Exception {
		this.mvc.perform(get("/api/providers").header("X-Request-Id", "caller-trace-0001"))
			.andExpect(header().string("X-Request-Id", "caller-trace-0001"))
			.andExpect(jsonPath("$.correlationId").value("caller-trace-0001"));
	}

}
