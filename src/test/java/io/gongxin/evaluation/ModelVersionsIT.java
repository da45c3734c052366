package io.gongxin.evaluation;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A model is reviewed configuration: one officer drafts a version, another publishes it,
 * and the batch run grades every subject with it; a broken definition is refused with the
 * rule it breaks, in Chinese.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelVersionsIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	@Autowired
	Subjects subjects;

	@Autowired
	Evaluations evaluations;

	String author;

	String reviewer;

	String clerk;

	@BeforeAll
	void setUp() {
		this.author = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.reviewer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		this.clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, "GZ-SCJGJ");
		List<SubjectId> registered = new ArrayList<>();
		SystemActor.runAs("test", () -> {
			for (int i = 0; i < 3; i++) {
				registered.add(this.subjects.register(NewSubject.of(SubjectType.ENTERPRISE, "广州模型版本测试" + i + "号有限公司",
						SubjectKey.uscc(CheckCharacters.uscc("91440101MA5M7" + i + "01"))), "test"));
			}
		});
		// a new organisation is graded from its registration on
		await().atMost(Duration.ofSeconds(30))
			.until(() -> registered.stream().allMatch(id -> this.evaluations.of(id, "COMPOSITE").isPresent()));
	}

	@Test
	void aDraftIsPublishedByAnotherOfficerAndTheBatchGradesEverySubjectWithIt() throws Exception {
		String v2;
		try (InputStream in = getClass().getResourceAsStream("/evaluation/composite-v1.json")) {
			v2 = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"version\": 1", "\"version\": 2")
				.replace("{\"grade\": \"B\", \"minScore\": 75", "{\"grade\": \"B\", \"minScore\": 70");
		}
		call(post("/api/evaluation/models"), this.clerk, v2, 403);
		JsonNode drafted = call(post("/api/evaluation/models"), this.author, v2, 201);
		assertThat(drafted.get("version").asInt()).isEqualTo(2);
		JsonNode refused = call(post("/api/evaluation/models/COMPOSITE/versions/2/publish"), this.author, null, 403);
		assertThat(refused.get("code").asText()).isEqualTo("GX-EVA-005");
		call(post("/api/evaluation/models/COMPOSITE/versions/2/publish"), this.reviewer, null, 200);
		assertThat(this.evaluations.model("COMPOSITE").version()).isEqualTo(2);
		assertThat(this.evaluations.model("COMPOSITE").band(Grade.B).minScore()).isEqualTo(70);

		JsonNode run = call(post("/api/evaluation/models/COMPOSITE/runs"), this.reviewer, null, 200);
		assertThat(run.get("modelVersion").asInt()).isEqualTo(2);
		assertThat(run.get("subjects").asInt()).isGreaterThanOrEqualTo(3);
		assertThat(run.at("/distribution/B").asLong()).isGreaterThanOrEqualTo(3);
		JsonNode versions = call(get("/api/evaluation/model-versions"), this.author, null, 200);
		assertThat(versions.toString()).contains("\"state\":\"RETIRED\"").contains("\"state\":\"PUBLISHED\"");
		// the next draft must be version 3
		call(post("/api/evaluation/models"), this.author, v2, 409);
	}

	@Test
	void aDefinitionBreakingARuleIsRefusedWithTheRuleInChinese() throws Exception {
		String broken;
		try (InputStream in = getClass().getResourceAsStream("/evaluation/public-resource-v1.json")) {
			broken = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"version\": 1", "\"version\": 2")
				.replace("\"start\": 30, \"max\": 30", "\"start\": 30, \"max\": 35");
		}
		JsonNode refused = call(post("/api/evaluation/models"), this.author, broken, 422);
		assertThat(refused.get("code").asText()).isEqualTo("GX-EVA-001");
		assertThat(refused.get("title").asText()).isEqualTo("评价模型定义不符合要求，请按提示修改");
		assertThat(refused.get("reason").asText()).isEqualTo("二级指标满分之和须为100分（现为105分）");
		JsonNode garbled = call(post("/api/evaluation/models"), this.author, "{\"code\":", 422);
		assertThat(garbled.get("code").asText()).isEqualTo("GX-EVA-001");
	}

	JsonNode call(MockHttpServletRequestBuilder request, String key, String body, int status) throws Exception {
		request.header("X-API-Key", key);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
		String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		return content.isEmpty() ? null : this.json.readTree(content);
	}

}
