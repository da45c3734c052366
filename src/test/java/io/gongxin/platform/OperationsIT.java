package io.gongxin.platform;

import org.junit.jupiter.api.Test;

import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinIntegrationTest
class OperationsIT {

	@Autowired
	MockMvc mvc;

	@Test
	void livenessAndReadinessProbesArePublic() throws Exception {
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void theOpenApiDescriptionListsTheRestApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/providers")))
			.andExpect(content().string(containsString("/api/admin/audit/verification")))
			// the check's answer is sent as stored, and described by its shape
			.andExpect(jsonPath("$.paths['/api/checks'].post.responses['200'].content['application/json'].schema.$ref")
				.value("#/components/schemas/CheckAnswer"))
			.andExpect(jsonPath("$.components.schemas.CheckAnswer.properties.subjects").exists());
	}

}
