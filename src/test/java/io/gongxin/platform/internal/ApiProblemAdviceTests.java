package io.gongxin.platform.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The error contract, on a probe controller that fails in every way the advice must map.
 */
@WebMvcTest(controllers = ApiProblemAdviceTests.ProbeController.class)
@AutoConfigureMockMvc(addFilters = false)
@Import({ ApiProblemAdvice.class, ApiProblemAdviceTests.ProbeController.class, CorrelationIdFilter.class })
class ApiProblemAdviceTests {

	@Autowired
	MockMvc mvc;

	@RestController
	static class ProbeController {

		record Form(@NotBlank String name, @Size(max = 3) String code) {
		}

		@PostMapping("/probe/form")
		String form(@Valid @RequestBody Form form) {
			return "ok";
		}

		@GetMapping("/probe/rule")
		String rule() {
			throw new DomainException("GX-TST-001", ProblemKind.RULE_VIOLATION, "Rule broken");
		}

		@GetMapping("/probe/missing")
		String missing() {
			throw new DomainException("GX-TST-002", ProblemKind.NOT_FOUND, "Nothing here");
		}

		@GetMapping("/probe/duplicate")
		String duplicate() {
			throw new DuplicateKeyException("duplicate key value violates unique constraint \"secret_table_pkey\"");
		}

		@GetMapping("/probe/crash")
		String crash() {
			throw new IllegalStateException("SELECT * FROM secret_table -- internal detail");
		}

		@GetMapping("/probe/echo")
		String echo() {
			throw new DomainException("GX-TST-003", ProblemKind.NOT_FOUND, "No such measure",
					java.util.Map.of("code", "M-1", "reason", "长".repeat(300)));
		}

		@GetMapping("/probe/nul")
		String nul() {
			throw new org.springframework.dao.DataIntegrityViolationException("insert failed",
					new java.sql.SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
		}

		@GetMapping("/probe/hangup")
		String hangup() throws java.io.IOException {
			throw new AsyncRequestNotUsableException("ServletOutputStream failed to write: Broken pipe");
		}

		@GetMapping("/probe/number")
		String number(@RequestParam int n) {
			return "ok";
		}

	}

	@Test
	void validationErrorsAre400AndListEveryField() throws Exception {
		this.mvc.perform(post("/probe/form").contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"ABCDEF\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("GX-REQ-001"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'code')]").exists());
	}

	@Test
	void malformedJsonIs400WithItsOwnCode() throws Exception {
		this.mvc.perform(post("/probe/form").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-REQ-002"));
	}

	@Test
	void wrongParameterTypeIs400NamingTheParameter() throws Exception {
		this.mvc.perform(get("/probe/number").param("n", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-REQ-003"))
			.andExpect(jsonPath("$.errors[0].field").value("n"));
	}

	@Test
	void domainRuleViolationIs422WithTheDomainCode() throws Exception {
		this.mvc.perform(get("/probe/rule"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("GX-TST-001"))
			.andExpect(jsonPath("$.type").value("urn:gongxin:problem:gx-tst-001"))
			.andExpect(jsonPath("$.detail").value("Rule broken"));
	}

	@Test
	void domainNotFoundIs404() throws Exception {
		this.mvc.perform(get("/probe/missing"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("GX-TST-002"));
	}

	@Test
	void uniqueViolationIs409WithoutLeakingTheConstraint() throws Exception {
		this.mvc.perform(get("/probe/duplicate"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("GX-DB-001"))
			.andExpect(content().string(not(containsString("secret_table"))));
	}

	@Test
	void unexpectedErrorIs500WithCorrelationIdAndNoInternals() throws Exception {
		this.mvc.perform(get("/probe/crash"))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.code").value("GX-SYS-001"))
			.andExpect(jsonPath("$.correlationId", notNullValue()))
			.andExpect(content().string(not(containsString("SELECT"))))
			.andExpect(content().string(not(containsString("IllegalStateException"))))
			.andExpect(content().string(not(containsString("at io.gongxin"))));
	}

	@Test
	void detailsNeitherReplaceTheStableCodeNorEchoHugeInput() throws Exception {
		this.mvc.perform(get("/probe/echo"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("GX-TST-003"))
			.andExpect(jsonPath("$.givenCode").value("M-1"))
			.andExpect(jsonPath("$.reason").value("长".repeat(200) + "…"));
	}

	@Test
	void aValueTheDatabaseCannotStoreIsTheCallersError() throws Exception {
		this.mvc.perform(get("/probe/nul"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("GX-REQ-013"))
			.andExpect(content().string(not(containsString("UTF8"))));
	}

	@Test
	void aCallerThatHungUpGetsNothingWrittenAndIsNoServerError() throws Exception {
		this.mvc.perform(get("/probe/hangup")).andExpect(status().is2xxSuccessful()).andExpect(content().string(""));
	}

	@Test
	void everyProblemCarriesAGeneratedCorrelationId() throws Exception {
		this.mvc.perform(get("/probe/missing")).andExpect(jsonPath("$.correlationId", notNullValue()));
	}

}
