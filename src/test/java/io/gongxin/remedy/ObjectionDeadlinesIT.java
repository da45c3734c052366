package io.gongxin.remedy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.creditfile.CreditFiles;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.Task;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.support.GongxinIntegrationTest;
import io.gongxin.support.SettableClock;
import io.gongxin.support.SettableTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import static io.gongxin.support.Penalties.aPenalty;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment with 汕尾's rule (the department answers a 协查 within 2 working days) across
 * National Day 2025 (1–8 October off, 11 October worked): the deadlines come from the
 * setting and the calendar, and an unanswered 协查 turns overdue on the right day.
 */
@GongxinIntegrationTest
@Import(SettableTime.class)
@TestPropertySource(properties = { "gongxin.remedy.objection.assist-working-days=2",
		"gongxin.remedy.objection.assist-basis=汕尾市信用信息异议处理规定：信息提供单位2个工作日内报送书面说明和证明材料" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObjectionDeadlinesIT {

	@Autowired
	Objections objections;

	@Autowired
	Ingestion ingestion;

	@Autowired
	CreditFiles creditFiles;

	@Autowired
	CreditRecords records;

	@Autowired
	Providers providers;

	@Autowired
	Inbox inbox;

	@Autowired
	SettableClock clock;

	@BeforeAll
	void departments() {
		SystemActor.runAs("test", () -> {
			this.providers.register(new Provider("GZ-SCJGJ", "广州市市场监督管理局", CheckCharacters.uscc("11440100MB2C9238"),
					"440100", true, 0));
			this.providers.register(
					new Provider("GZ-FGW", "广州市发展和改革委员会", CheckCharacters.uscc("11440100MB2A1170"), "440100", true, 0));
		});
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void theShanweiAssistDeadlineRunsOverNationalDay2025AndTurnsOverdueOnTheRightDay() throws Exception {
		this.clock.set(LocalDateTime.of(2025, 9, 30, 15, 0));
		long recordId = SystemActor.callAs("test", () -> {
			BatchReceipt receipt = this.ingestion.submitRows("GZ-SCJGJ", "XZCF",
					List.of(aPenalty().against("汕尾规则测试有限公司", CheckCharacters.uscc("91441500MA5CWA01"))
						.fine("2.5")
						.document("穗市监罚〔2025〕协查1号")
						.decidedOn(LocalDate.of(2025, 9, 20))
						.row()),
					Channel.API);
			assertThat(receipt.accepted()).as(receipt.toString()).isEqualTo(1);
			return this.records.ofBatch(receipt.batchId(), 0, 1).get(0).id();
		});
		awaitProjected(recordId);

		Objection referred = SystemActor.callAs("officer", () -> {
			Objection filed = this.objections.file(recordId,
					new Applicant("汕尾规则测试有限公司", "0660-1234567", Applicant.Channel.COUNTER), "处罚已被撤销",
					List.of(new Evidence("行政复议决定书", null)), true);
			this.objections.accept(filed.id(), null, "受理");
			return this.objections.refer(filed.id(), null, "转协查");
		});

		Task acceptance = this.inbox.bySource("objection:" + referred.id() + ":acceptance").orElseThrow();
		Task assist = this.inbox.bySource("objection:" + referred.id() + ":assist").orElseThrow();
		assertThat(acceptance.dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
		assertThat(assist.dueDate()).isEqualTo(LocalDate.of(2025, 10, 10));
		assertThat(assist.workingDays()).isEqualTo(2);
		assertThat(assist.legalBasis()).contains("汕尾");

		this.clock.set(LocalDateTime.of(2025, 10, 10, 17, 0));
		assertThat(this.inbox.overdue("GZ-SCJGJ", 50)).extracting(Task::id).doesNotContain(assist.id());
		assertThat(this.inbox.nearDue("GZ-SCJGJ", 50)).extracting(Task::id).contains(assist.id());
		this.clock.set(LocalDateTime.of(2025, 10, 11, 9, 0));
		assertThat(this.inbox.overdue("GZ-SCJGJ", 50)).extracting(Task::id).contains(assist.id());
	}

	private void awaitProjected(long recordId) throws InterruptedException {
		for (int i = 0; i < 400 && this.creditFiles.item(recordId).isEmpty(); i++) {
			Thread.sleep(50);
		}
		assertThat(this.creditFiles.item(recordId)).as("projected").isPresent();
	}

}
