package io.gongxin.quality;

import java.math.BigDecimal;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The targets a provider must reach (2021 provincial plan: 合规率 ≥ 99 %, 及时率 ≥ 97 %, 零瞒报)
 * and when notices go out.
 *
 * @param noticeAfterWorkingDays unfixed problem data older than this many working days
 * earns its provider a notice
 * @param webhookUrl where notices are also delivered, as a credit-office subscription to
 * {@code quality.notice-raised} (signed, with retries); blank for none
 */
@ConfigurationProperties("gongxin.quality")
public record QualityTargets(@DefaultValue("99") BigDecimal compliance, @DefaultValue("97") BigDecimal timeliness,
		@DefaultValue("5") int noticeAfterWorkingDays, @DefaultValue("") String webhookUrl) {

	public QualityTargets {
		Objects.requireNonNull(compliance, "compliance");
		Objects.requireNonNull(timeliness, "timeliness");
		if (noticeAfterWorkingDays < 1) {
			throw new IllegalArgumentException("gongxin.quality.notice-after-working-days must be at least 1");
		}
	}

	public static QualityTargets defaults() {
		return new QualityTargets(new BigDecimal("99"), new BigDecimal("97"), 5, "");
	}

}
