package io.gongxin.commitment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.catalog.SeverityTier;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.lists.ListKind;
import io.gongxin.lists.Lists;
import io.gongxin.measures.Measure;
import io.gongxin.measures.MeasureKind;
import io.gongxin.measures.MeasureList;
import io.gongxin.measures.MeasureTarget;
import io.gongxin.measures.Measures;
import io.gongxin.measures.NewMeasure;
import io.gongxin.measures.Scenario;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.Subjects;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A broken commitment triggering measures, where the credit office maps 违背信用承诺信息 to the
 * 重点关注名单 and has a reviewed measure resting on that list: the finding lists the company,
 * and the next check names the measure beside the warning.
 */
@GongxinIntegrationTest
@TestPropertySource(properties = "gongxin.lists.watch-categories=WBCN")
class BrokenCommitmentMeasuresIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Providers providers;

	@Autowired
	Accounts accounts;

	@Autowired
	Subjects subjects;

	@Autowired
	CommitmentTemplates templates;

	@Autowired
	Commitments commitments;

	@Autowired
	Measures measures;

	@Autowired
	Lists lists;

	@Test
	void aBrokenCommitmentPutsTheCompanyOnTheWatchListAndTheMeasureOnItApplies() throws Exception {
		CommitmentFixture fixture = new CommitmentFixture(this.mvc, this.json, this.providers, this.accounts,
				this.subjects);
		Measure proposed = SystemActor.callAs("officer.proposer",
				() -> this.measures
					.propose(new NewMeasure("BC-01", MeasureList.SUPPLEMENTARY_SANCTION, MeasureKind.MANAGEMENT,
							"违背告知承诺主体列为重点监管对象", "对违背告知承诺、列入重点关注名单的主体，提高双随机抽查比例和频次。", "在日常监管中列为重点监管对象，提高抽查比例和频次",
							"《国务院办公厅关于全面推行证明事项和涉企经营许可事项告知承诺制的指导意见》（国办发〔2020〕42号）", ListKind.WATCH, null,
							Set.of(MeasureTarget.SUBJECT), Set.of(Scenario.DAILY_SUPERVISION), List.of())));
		SystemActor.runAs("officer.reviewer", () -> this.measures.review(proposed.id(), true, "依据核对无误"));

		String uscc = CheckCharacters.uscc("91440101MA5CNM01");
		SubjectId company = fixture.company("广州承诺联合惩戒食品有限公司", uscc);
		Commitment broken = SystemActor.callAs("clerk.scjgj", () -> {
			TemplateVersion draft = this.templates.draft(new TemplateDraft("MEASURES-SPJY", "食品经营许可告知承诺书",
					CommitmentKind.APPROVAL_SUBSTITUTE, CommitmentFixture.DEPARTMENT, "申请事项", "本单位承诺符合食品经营许可条件。",
					List.of("经营场所和设施设备符合许可条件"), 10, true, "国办发〔2020〕42号", SeverityTier.GENERAL, null));
			this.templates.publish(draft.code(), draft.version());
			Commitment signed = this.commitments.sign(draft.code(), company, "食品经营许可（新办）", true,
					SigningChannel.DEPARTMENT, null);
			return this.commitments.recordFinding(signed.number(), CommitmentState.BROKEN, signed.signedOn(),
					"现场核查记录 穗市监核〔2026〕99号", "经现场核查，未设置食品贮存专用设施，与承诺不符");
		});

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.lists.inForce(company, Instant.now())
				.stream()
				.anyMatch(entry -> entry.kind() == ListKind.WATCH));
		JsonNode answer = fixture
			.call(post("/api/checks"), fixture.financeClerk,
					Map.of("scenario", "DAILY_SUPERVISION", "subjects", List.of(Map.of("uscc", uscc))), 200)
			.at("/subjects/0");
		assertThat(answer.get("sanctions")).singleElement().satisfies(measure -> {
			assertThat(measure.get("code").asText()).isEqualTo("BC-01");
			assertThat(measure.at("/grounds/listName").asText()).isEqualTo("重点关注名单");
		});
		assertThat(answer.get("warnings")).extracting(warning -> warning.get("kind").asText())
			.contains("COMMITMENT_BROKEN", "LISTED");
		assertThat(answer.get("warnings").toString()).contains(broken.number());
	}

}
