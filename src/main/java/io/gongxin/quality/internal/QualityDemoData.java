package io.gongxin.quality.internal;

import java.time.Clock;
import java.time.LocalDate;

import io.gongxin.platform.DemoDataContributor;
import io.gongxin.provider.Providers;
import io.gongxin.quality.Concealment;

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

	QualityDemoData(Concealment concealment, Providers providers, Clock clock) {
		this.concealment = concealment;
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
	}

	private void sample(String provider, LocalDate day, int checked, int unreported, String note) {
		if (this.providers.find(provider).isPresent()) {
			this.concealment.recordSample(provider, day, checked, unreported, note);
		}
	}

}
