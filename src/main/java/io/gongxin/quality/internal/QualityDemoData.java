package io.gongxin.quality.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.NewTask;
import io.gongxin.platform.DemoDataContributor;
import io.gongxin.provider.Providers;
import io.gongxin.quality.Concealment;
import io.gongxin.quality.QualityTasks;

import org.springframework.stereotype.Component;

/**
 * Demo sampling checks, so the bulletin's concealment column has something to show; the
 * metrics themselves fill from the demo records' batches.
 */
@Component
class QualityDemoData implements DemoDataContributor {

	private final Concealment concealment;

	private final Providers providers;

	private final Clock clock;

	private final Inbox inbox;

	QualityDemoData(Concealment concealment, Providers providers, Inbox inbox, Clock clock) {
		this.concealment = concealment;
		this.inbox = inbox;
		this.providers = providers;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "quality-samples";
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public void contribute() {
		LocalDate today = LocalDate.now(this.clock);
		sample("GZ-SCJGJ", today, 40, 0, "月度抽查：核对行政处罚案卷40件，均已报送");
		sample("GZ-STJ", today, 25, 1, "月度抽查：1件行政处罚决定未报送");
		// correction tasks on the departments' desks: one late, one running
		task("GZ-STJ", "生态环境局有 3 条行政处罚问题数据超过 5 个工作日未改正，请改正后重新报送。", "demo:correction-1",
				this.inbox.today().minusDays(20));
		task("GZ-SCJGJ", "市场监管局有 1 条行政许可问题数据（许可证有效期格式错误）待改正。", "demo:correction-2", null);
	}

	private void task(String provider, String title, String source, LocalDate start) {
		if (this.providers.find(provider).isPresent()) {
			this.inbox.open(new NewTask(QualityTasks.PROBLEM_DATA_CORRECTION, provider, title, null, null, false,
					source, start));
		}
	}

	private void sample(String provider, LocalDate day, int checked, int unreported, String note) {
		if (this.providers.find(provider).isPresent()) {
			this.concealment.recordSample(provider, day, checked, unreported, note);
		}
	}

}
