package io.gongxin.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

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
import io.gongxin.support.Penalties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The intake screens, for the clerk who files and the officer who follows up.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestPagesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	Ingestion ingestion;

	String clerk;

	String otherClerk;

	String officer;

	@BeforeAll
	void setUp() {
		SystemActor.runAs("test", () -> {
			this.providers.register(new Provider("GZ-SCJGJ", "广州市市场监督管理局", Penalties.AUTHORITY, "440100", true, 0));
			this.providers.register(
					new Provider("GZ-STJ", "广州市生态环境局", CheckCharacters.uscc("11440100MB2D4417"), "440100", true, 0));
		});
		this.clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, "GZ-SCJGJ");
		this.otherClerk = ApiKeys.issue(this.accounts, Role.PROVIDER, "GZ-STJ");
		this.officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
	}

	@Test
	void aClerkUploadsThroughTheFormAndReadsTheReceipt() throws Exception {
		String csv = Penalties.csv(List.of(aPenalty().against("广州页面测试有限公司", CheckCharacters.uscc("91440101MA5PAGE1"))
			.document("穗市监罚〔2026〕901号")
			.row(), aPenalty().against("广州页面测试二有限公司", "BAD").document("穗市监罚〔2026〕902号").row()));
		MvcResult upload = this.mvc
			.perform(multipart("/ingest/uploads")
				.file(new MockMultipartFile("file", "页面.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("provider", "GZ-SCJGJ")
				.param("category", "XZCF")
				.header("X-API-Key", this.clerk))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String receiptPage = upload.getResponse().getRedirectedUrl();
		assertThat(receiptPage).startsWith("/ingest/batches/");
		this.mvc.perform(get(receiptPage).header("X-API-Key", this.clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("报送回执")))
			.andExpect(content().string(containsString("页面.csv")))
			.andExpect(content().string(containsString("统一社会信用代码")))
			// names, not codes
			.andExpect(content().string(containsString("广州市市场监督管理局")))
			.andExpect(content().string(containsString("行政处罚")))
			.andExpect(content().string(not(containsString(">COMPLETED<"))));
		this.mvc.perform(get("/ingest").header("X-API-Key", this.clerk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("报送文件")))
			.andExpect(content().string(containsString("文件报送")))
			.andExpect(content().string(containsString("北京时间")))
			.andExpect(content().string(not(containsString(">GZ-SCJGJ<"))))
			.andExpect(content().string(not(containsString(">FILE<"))));
		// another department's clerk does not even learn that the batch exists
		this.mvc.perform(get(receiptPage).header("X-API-Key", this.otherClerk)).andExpect(status().isNotFound());
		this.mvc.perform(get("/ingest/problem-data").header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("问题数据")));
	}

	@Test
	void aDepartmentWideDefectIsOneGroupedProblemWithExamplesAndWhatToDo() throws Exception {
		String good = Penalties.AUTHORITY;
		// the authority code with a wrong check character, on every row of the file
		String broken = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
		List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 30; i++) {
			rows.add(aPenalty().against("广州归类测试" + i + "号有限公司", CheckCharacters.uscc("91440101MA5GRP" + (10 + i)))
				.document("穗市监罚〔2026〕93" + (10 + i) + "号")
				.with("CF_CFJGDM", broken)
				.row());
		}
		this.mvc.perform(multipart("/ingest/uploads")
			.file(new MockMultipartFile("file", "归类.csv", "text/csv",
					Penalties.csv(rows).getBytes(StandardCharsets.UTF_8)))
			.param("provider", "GZ-SCJGJ")
			.param("category", "XZCF")
			.header("X-API-Key", this.clerk)).andExpect(status().is3xxRedirection());
		// the file may be validated in the background
		ProblemGroup group = org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> this.ingestion.problemGroups("GZ-SCJGJ")
				.stream()
				.filter(g -> "CF_CFJGDM".equals(g.field()) && g.rule().equals("IDENTIFIER_INVALID") && g.rows() == 30)
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
		assertThat(group.rows()).isEqualTo(30);
		assertThat(group.ruleName()).isEqualTo("代码校验未通过");
		assertThat(group.advice()).contains("已知不规范代码");
		assertThat(group.examples()).hasSize(3).allSatisfy(example -> {
			assertThat(example.subjectName()).startsWith("广州归类测试");
			assertThat(example.documentNumber()).startsWith("穗市监罚〔2026〕93");
			assertThat(example.value()).isEqualTo(broken);
		});
		// the newest rows come first in the examples
		assertThat(group.examples().get(0).rowNumber()).isGreaterThan(group.examples().get(2).rowNumber());
		String page = this.mvc.perform(get("/ingest/problem-data").header("X-API-Key", this.clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("问题归类")
			.contains("代码校验未通过")
			.contains("已知不规范代码")
			.contains("广州归类测试29号有限公司")
			.contains("北京时间")
			.doesNotContain("{CF_");
		// another department sees none of it
		assertThat(this.ingestion.problemGroups("GZ-STJ")).noneMatch(g -> "CF_CFJGDM".equals(g.field()));
	}

	@Test
	void problemDataNarrowsByBatchRuleFieldAndAgeAndABatchReceiptShowsItsOwnGroups() throws Exception {
		SystemActor.runAs("test", () -> this.providers.register(
				new Provider("GZ-FILTER", "广州市筛选测试局", CheckCharacters.uscc("11440100MB2D5531"), "440100", true, 0)));
		String clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, "GZ-FILTER");
		String authority = CheckCharacters.uscc("11440100MB2D5531");
		String brokenAuthority = authority.substring(0, 17) + (authority.charAt(17) == '0' ? '1' : '0');
		List<java.util.Map<String, String>> first = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			first.add(aPenalty().against("广州筛选甲" + i + "号有限公司", CheckCharacters.uscc("91440101MA5FLT" + (10 + i)))
				.document("穗筛罚〔2026〕1" + (10 + i) + "号")
				.with("CF_CFJGDM", brokenAuthority)
				.with("CF_SJLYDM", authority)
				.row());
		}
		UUID firstBatch = upload(clerk, "GZ-FILTER", first);
		List<java.util.Map<String, String>> second = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			// a subject code with a wrong check character
			String subject = CheckCharacters.uscc("91440101MA5FLU" + (10 + i));
			second.add(aPenalty()
				.against("广州筛选乙" + i + "号有限公司", subject.substring(0, 17) + (subject.charAt(17) == '0' ? '1' : '0'))
				.document("穗筛罚〔2026〕2" + (10 + i) + "号")
				.with("CF_CFJGDM", authority)
				.with("CF_SJLYDM", authority)
				.row());
		}
		UUID secondBatch = upload(clerk, "GZ-FILTER", second);

		List<ProblemGroup> all = this.ingestion.problemGroups("GZ-FILTER");
		assertThat(all).extracting(ProblemGroup::rule, ProblemGroup::field, ProblemGroup::rows)
			.contains(org.assertj.core.groups.Tuple.tuple("IDENTIFIER_INVALID", "CF_CFJGDM", 6L),
					org.assertj.core.groups.Tuple.tuple("IDENTIFIER_INVALID", "CF_XDR_SHXYM", 4L));
		// one batch
		assertThat(this.ingestion.problemGroups(new ProblemFilter("GZ-FILTER", secondBatch, null, null, null)))
			.isNotEmpty()
			.allSatisfy(g -> assertThat(g.field()).isNotEqualTo("CF_CFJGDM"));
		// one field, whatever the batch: its rows, newest first
		List<RejectedRow> rows = this.ingestion.newestOpenRejections(
				new ProblemFilter("GZ-FILTER", null, "IDENTIFIER_INVALID", "CF_CFJGDM", null), Long.MAX_VALUE, 100);
		assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row.raw().get("CF_XDR_MC")).startsWith("广州筛选甲"));
		assertThat(rows.get(0).id()).isGreaterThan(rows.get(5).id());
		// refused just now: in the last week, none older than 30 days
		assertThat(
				this.ingestion.problemGroups(new ProblemFilter("GZ-FILTER", null, null, null, ProblemFilter.Age.WEEK)))
			.hasSameSizeAs(all);
		assertThat(
				this.ingestion.problemGroups(new ProblemFilter("GZ-FILTER", null, null, null, ProblemFilter.Age.OLDER)))
			.isEmpty();

		// the page: filters offered by name, narrowed rows, links that keep the filter
		String page = this.mvc
			.perform(get("/ingest/problem-data").param("rule", "IDENTIFIER_INVALID")
				.param("field", "CF_XDR_SHXYM")
				.param("age", "WEEK")
				.header("X-API-Key", clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("最近 7 天").contains("广州筛选乙3号有限公司").doesNotContain("广州筛选甲");
		// a batch's receipt shows its own groups, linking to its rows
		String receipt = this.mvc.perform(get("/ingest/batches/{id}", firstBatch).header("X-API-Key", clerk))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(receipt).contains("本批次未修正的问题")
			.contains("代码校验未通过")
			.contains("batch=" + firstBatch)
			.doesNotContain("广州筛选乙");
		// another department's batch cannot be used as a filter
		this.mvc
			.perform(get("/ingest/problem-data").param("batch", firstBatch.toString())
				.header("X-API-Key", this.otherClerk))
			.andExpect(status().isNotFound());
	}

	private UUID upload(String clerk, String provider, List<java.util.Map<String, String>> rows) throws Exception {
		String location = this.mvc
			.perform(multipart("/ingest/uploads")
				.file(new MockMultipartFile("file", "筛选.csv", "text/csv",
						Penalties.csv(rows).getBytes(StandardCharsets.UTF_8)))
				.param("provider", provider)
				.param("category", "XZCF")
				.header("X-API-Key", clerk))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID batch = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> this.ingestion.receipt(batch).status() == BatchStatus.COMPLETED);
		return batch;
	}

	@Test
	void anIrregularAuthorityCodeIsOneProblemAndOnceTheAdminListsItTheRevalidatedBatchIsAccepted() throws Exception {
		SystemActor.runAs("test", () -> {
			this.providers.register(new Provider("GZ-HZSJ-IRR", "广州市海珠区市场监督管理局",
					CheckCharacters.uscc("11440105MB2D7731"), "440105", true, 0));
			// its district units are still being registered: codes outside it are
			// accepted
			// with a warning
			this.providers.setJurisdiction("GZ-HZSJ-IRR", List.of(), io.gongxin.provider.OutsideJurisdiction.WARN);
		});
		String clerk = ApiKeys.issue(this.accounts, Role.PROVIDER, "GZ-HZSJ-IRR");
		String admin = ApiKeys.issue(this.accounts, Role.ADMIN, null);
		String valid = CheckCharacters.uscc("11440105MB2D7799");
		// a code really issued long ago whose check character is not today's
		String irregular = valid.substring(0, 17) + (valid.charAt(17) == 'A' ? 'B' : 'A');
		List<java.util.Map<String, String>> rows = new java.util.ArrayList<>();
		for (int i = 0; i < 40; i++) {
			rows.add(aPenalty().against("广州海珠不规范" + i + "号有限公司", CheckCharacters.uscc("91440105MA5HJK" + (10 + i)))
				.document("穗海市监罚〔2026〕6" + (10 + i) + "号")
				.with("CF_CFJG", "广州市海珠区市场监督管理局某所")
				.with("CF_CFJGDM", irregular)
				.with("CF_SJLY", "广州市海珠区市场监督管理局")
				.with("CF_SJLYDM", CheckCharacters.uscc("11440105MB2D7731"))
				.row());
		}
		String batchPage = this.mvc
			.perform(multipart("/ingest/uploads")
				.file(new MockMultipartFile("file", "海珠.csv", "text/csv",
						Penalties.csv(rows).getBytes(StandardCharsets.UTF_8)))
				.param("provider", "GZ-HZSJ-IRR")
				.param("category", "XZCF")
				.header("X-API-Key", clerk))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		java.util.UUID batch = java.util.UUID.fromString(batchPage.substring(batchPage.lastIndexOf('/') + 1));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> this.ingestion.receipt(batch).status() == BatchStatus.COMPLETED);
		assertThat(this.ingestion.receipt(batch).rejected()).isEqualTo(40);
		// one grouped problem, saying what to do
		assertThat(this.ingestion.problemGroups("GZ-HZSJ-IRR")).singleElement().satisfies(group -> {
			assertThat(group.rows()).isEqualTo(40);
			assertThat(group.field()).isEqualTo("CF_CFJGDM");
			assertThat(group.advice()).contains("已知不规范代码").contains("重新校验");
		});
		// the administrator lists the code on the page ...
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/known-irregular")
				.header("X-API-Key", admin)
				.param("code", irregular)
				.param("note", "经核实为海珠区登记机关2016年实际赋码"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.mvc.perform(get("/admin/known-irregular").header("X-API-Key", admin))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains(irregular).contains("经核实为海珠区登记机关2016年实际赋码");
		// ... and the clerk revalidates the batch: every row is accepted
		String again = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/ingest/batches/{id}/revalidation", batch)
				.header("X-API-Key", clerk))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		java.util.UUID revalidated = java.util.UUID.fromString(again.substring(again.lastIndexOf('/') + 1));
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> this.ingestion.receipt(revalidated).status() == BatchStatus.COMPLETED);
		assertThat(this.ingestion.receipt(revalidated).accepted()).isEqualTo(40);
		assertThat(this.ingestion.problemGroups("GZ-HZSJ-IRR")).isEmpty();
	}

	@Test
	void theScreensAreForProvidersAndTheCreditOfficeOnly() throws Exception {
		this.mvc.perform(get("/ingest").header("X-API-Key", ApiKeys.issue(this.accounts, Role.BANK, "BANK-1")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/ingest")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/ingest").header("X-API-Key", this.officer))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Exception"))));
	}

}
