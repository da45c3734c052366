package io.gongxin.quality.internal;

import java.math.BigDecimal;

import io.gongxin.quality.ProviderFigures;

/** Figures with their rates, as the API shows them. */
record FiguresView(String key, String name, String region, long batches, long lateBatches, long submitted,
		long received, long compliant, long rejected, long resubmitted, long corrected, long revoked, long stored,
		long late, BigDecimal compliance, BigDecimal timeliness, BigDecimal lateRate, boolean reported) {

	static FiguresView of(ProviderFigures f) {
		return new FiguresView(f.key(), f.name(), f.region(), f.batches(), f.lateBatches(), f.submitted(), f.received(),
				f.compliant(), f.rejected(), f.resubmitted(), f.corrected(), f.revoked(), f.stored(), f.late(),
				f.compliance().percent(), f.timeliness().percent(), f.lateness().percent(), f.reported());
	}

}
