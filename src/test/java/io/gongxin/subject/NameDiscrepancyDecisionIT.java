package io.gongxin.subject;

import org.junit.jupiter.api.Test;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.platform.SystemActor;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A name discrepancy decided with nobody signed in (a background job, the demo loader) is
 * recorded like any other decision, attributed to the system.
 */
@GongxinIntegrationTest
class NameDiscrepancyDecisionIT {

	@Autowired
	Subjects subjects;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDiscrepancyDismissedWithNobodySignedInIsAttributedToTheSystem() {
		SubjectKey key = SubjectKey.uscc(CheckCharacters.uscc("91440101MA5NDC01"));
		SystemActor.runAs("test", () -> {
			this.subjects.register(NewSubject.of(SubjectType.ENTERPRISE, "广州名称差异测试有限公司", key), "test");
			assertThat(this.subjects.resolve(key, SubjectType.ENTERPRISE, "广州名称差异测试股份有限公司", "test").nameMismatch())
				.isTrue();
		});
		long id = SystemActor.callAs("test", () -> this.subjects.openDiscrepancies(0, 200))
			.stream()
			.filter(d -> d.reportedName().equals("广州名称差异测试股份有限公司"))
			.findFirst()
			.orElseThrow()
			.id();

		SecurityContextHolder.clearContext();
		this.subjects.decideDiscrepancy(id, false);

		assertThat(this.jdbc.sql("SELECT decided_by FROM subject_name_discrepancy WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("system:unknown");
	}

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	io.gongxin.security.Accounts accounts;

	@Test
	void anOfficerTakesTheReportedNameOnTheReviewPage() throws Exception {
		SubjectKey key = SubjectKey.uscc(CheckCharacters.uscc("91440101MA5NDC02"));
		SubjectId subject = SystemActor.callAs("test", () -> {
			SubjectId id = this.subjects.register(NewSubject.of(SubjectType.ENTERPRISE, "广州旧名贸易有限公司", key), "test");
			this.subjects.resolve(key, SubjectType.ENTERPRISE, "广州新名贸易有限公司", "test");
			return id;
		});
		String officer = io.gongxin.support.ApiKeys.issue(this.accounts, io.gongxin.security.Role.OFFICER, null);
		String page = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/console/name-discrepancies")
				.header("X-API-Key", officer))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("广州旧名贸易有限公司").contains("广州新名贸易有限公司").contains("采用报送名称").contains("北京时间");
		long id = SystemActor.callAs("test", () -> this.subjects.openDiscrepancies(0, 200))
			.stream()
			.filter(d -> d.reportedName().equals("广州新名贸易有限公司"))
			.findFirst()
			.orElseThrow()
			.id();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/console/name-discrepancies/{id}/decision", id)
				.param("accept", "true")
				.header("X-API-Key", officer))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
		assertThat(this.subjects.get(subject).name()).isEqualTo("广州新名贸易有限公司");
	}

}
