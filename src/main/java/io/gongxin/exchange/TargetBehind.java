package io.gongxin.exchange;

import java.time.LocalDate;

import io.gongxin.platform.EventAudience;
import io.gongxin.platform.PublishedEvent;

/**
 * A reporting target fell behind: items still not acknowledged after their statutory
 * deadline (7 working days after the decision for 双公示). Raised at most once a day per
 * target while it stays behind.
 */
@PublishedEvent(title = "上报逾期",
		summary = "Records owed to a reporting target (provincial platform, 信用中国) passed their statutory deadline unacknowledged.",
		audience = EventAudience.PLATFORM)
public record TargetBehind(String targetCode, String targetName, long overdueItems, LocalDate oldestDueOn,
		LocalDate noticedOn) {

}
