package io.gongxin.exchange.internal;

import java.time.LocalDate;
import java.util.Set;

import io.gongxin.calendar.LegalBasis;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.platform.DomainException;

import org.springframework.stereotype.Component;

/**
 * When a record must have reached the platforms above: 双公示 decisions within 7 working
 * days of the decision (发改办财金〔2018〕424号); other categories have no statutory deadline. A
 * date the holiday calendar does not cover gives no deadline rather than a guessed one.
 */
@Component
class StatutoryDeadline {

	/** The 双公示 categories: 行政许可 and 行政处罚. */
	static final Set<String> DOUBLE_PUBLICITY = Set.of("XZXK", "XZCF");

	private final WorkingDays workingDays;

	StatutoryDeadline(WorkingDays workingDays) {
		this.workingDays = workingDays;
	}

	LocalDate dueOn(String categoryCode, LocalDate decisionDate) {
		if (!DOUBLE_PUBLICITY.contains(categoryCode) || decisionDate == null) {
			return null;
		}
		try {
			return this.workingDays.addWorkingDays(decisionDate, LegalBasis.DOUBLE_PUBLICITY_DAYS);
		}
		catch (DomainException ex) {
			return null;
		}
	}

}
