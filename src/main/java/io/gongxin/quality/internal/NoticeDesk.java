package io.gongxin.quality.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.gongxin.calendar.WorkingDays;
import io.gongxin.inbox.Inbox;
import io.gongxin.inbox.NewTask;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.DomainException;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.quality.Notice;
import io.gongxin.quality.Period;
import io.gongxin.quality.ProviderFigures;
import io.gongxin.quality.QualityMetrics;
import io.gongxin.quality.QualityNoticeRaised;
import io.gongxin.quality.QualityTargets;
import io.gongxin.quality.QualityTasks;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises notices: after each batch, when the provider's month-to-date 合规率 or 及时率 is under
 * target (once per month and metric); on the daily sweep, when it has problem data left
 * unfixed for more than the configured number of working days (once per day).
 */
@Component
public class NoticeDesk {

	private final NoticeStore store;

	private final ApplicationEventPublisher events;

	private final Inbox inbox;

	private final QualityMetrics metrics;

	private final QualityTargets targets;

	private final Providers providers;

	private final Ingestion ingestion;

	private final MetricsStore metricsStore;

	private final WorkingDays workingDays;

	private final Clock clock;

	NoticeDesk(NoticeStore store, ApplicationEventPublisher events, Inbox inbox, QualityMetrics metrics,
			QualityTargets targets, Providers providers, Ingestion ingestion, MetricsStore metricsStore,
			WorkingDays workingDays, Clock clock) {
		this.store = store;
		this.events = events;
		this.inbox = inbox;
		this.metrics = metrics;
		this.targets = targets;
		this.providers = providers;
		this.ingestion = ingestion;
		this.metricsStore = metricsStore;
		this.workingDays = workingDays;
		this.clock = clock;
	}

	public void checkTargets(String provider, LocalDate day) {
		YearMonth month = YearMonth.from(day);
		ProviderFigures figures = this.metrics.ofProvider(Period.month(month), provider);
		if (figures.compliance().defined() && !figures.compliance().reaches(this.targets.compliance())) {
			raise(provider, "COMPLIANCE", "COMPLIANCE:" + month, month + " 合规率 " + figures.compliance().percent()
					+ "%，低于目标 " + this.targets.compliance() + "%。请核对问题数据，改正后重新报送。");
		}
		if (figures.timeliness().defined() && !figures.timeliness().reaches(this.targets.timeliness())) {
			raise(provider, "TIMELINESS", "TIMELINESS:" + month, month + " 及时率 " + figures.timeliness().percent()
					+ "%，低于目标 " + this.targets.timeliness() + "%。行政许可、行政处罚决定应在作出之日起7个工作日内报送。");
		}
	}

	/**
	 * Checks every active provider for stale problem data; returns the notices raised.
	 */
	@Scheduled(cron = "${gongxin.quality.sweep-cron:0 30 8 * * MON-FRI}", zone = "${gongxin.time-zone:Asia/Shanghai}")
	@Transactional
	public List<Notice> sweep() {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate cutoff;
		try {
			cutoff = this.workingDays.addWorkingDays(today, -this.targets.noticeAfterWorkingDays());
		}
		catch (DomainException ex) {
			// without holiday data the age in working days is unknown: no notice rather
			// than a wrong one
			return List.of();
		}
		List<Notice> raised = new ArrayList<>();
		String after = null;
		while (true) {
			List<Provider> page = this.providers.list(after, 200);
			for (Provider provider : page) {
				if (provider.active()) {
					long stale = staleRejections(provider.code(), cutoff);
					if (stale > 0) {
						raise(provider.code(), "STALE_PROBLEM_DATA", "STALE:" + today, "有 " + stale + " 条问题数据超过 "
								+ this.targets.noticeAfterWorkingDays() + " 个工作日未改正，请尽快改正后重新报送。")
							.ifPresent(raised::add);
					}
				}
			}
			if (page.size() < 200) {
				return raised;
			}
			after = page.get(page.size() - 1).code();
		}
	}

	/**
	 * The provider must act: a correction task with its deadline goes on the department's
	 * desk (without a due day while the deadline's year has no holiday notice; the inbox
	 * sets it once one is loaded).
	 */
	private void openCorrectionTask(String provider, String message, long noticeId) {
		this.inbox
			.open(NewTask.of(QualityTasks.PROBLEM_DATA_CORRECTION, provider, message, "quality-notice:" + noticeId));
	}

	public List<Notice> inbox(String provider, Long beforeId, int limit) {
		return this.store.inbox(provider, (beforeId == null) ? Long.MAX_VALUE : beforeId,
				Math.max(1, Math.min(limit, 200)));
	}

	/** Open rejections of the provider from batches completed before the cutoff day. */
	long staleRejections(String provider, LocalDate cutoff) {
		List<UUID> batches = this.metricsStore.batchesWithRejections(provider,
				cutoff.atStartOfDay(this.clock.getZone()).toInstant(), 200);
		if (batches.isEmpty()) {
			return 0;
		}
		return this.ingestion.openRejectionsIn(batches);
	}

	/**
	 * Stores the notice once per dedup key and announces it in the same transaction; the
	 * subscriptions deliver it (signed, with retries) to whoever subscribed.
	 */
	private Optional<Notice> raise(String provider, String kind, String dedupKey, String message) {
		Optional<Notice> notice = this.store.add(provider, kind, dedupKey, message, this.clock.instant());
		notice.ifPresent(n -> {
			this.events.publishEvent(new QualityNoticeRaised(n.id(), provider,
					this.providers.find(provider).map(Provider::name).orElse(provider), kind, message, n.createdAt()));
			if (kind.equals("STALE_PROBLEM_DATA")) {
				openCorrectionTask(provider, message, n.id());
			}
		});
		return notice;
	}

}
