package io.gongxin.exchange.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import io.gongxin.exchange.Target;
import io.gongxin.exchange.TargetBehind;
import io.gongxin.exchange.TargetStatus;
import io.gongxin.platform.SystemActor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schedule: each active target gets a package run when its interval has passed, its
 * receipts are read every {@code gongxin.exchange.receipt-interval}, and once a day a
 * target with items past their statutory deadline is announced ({@link TargetBehind}) and
 * logged as a warning.
 */
@Component
class UpwardSchedule {

	private static final Logger log = LoggerFactory.getLogger(UpwardSchedule.class);

	private final UpwardDesk desk;

	private final TargetStore targets;

	private final Packager packager;

	private final ReceiptReader receipts;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration receiptInterval;

	private Instant receiptsReadAt = Instant.EPOCH;

	UpwardSchedule(UpwardDesk desk, TargetStore targets, Packager packager, ReceiptReader receipts,
			ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			@Value("${gongxin.exchange.receipt-interval:PT30S}") Duration receiptInterval) {
		this.desk = desk;
		this.targets = targets;
		this.packager = packager;
		this.receipts = receipts;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.receiptInterval = receiptInterval;
	}

	@Scheduled(initialDelayString = "${gongxin.exchange.initial-delay:PT20S}",
			fixedDelayString = "${gongxin.exchange.tick:PT5S}")
	void tick() {
		SystemActor.runAs("exchange", () -> {
			Instant now = this.clock.instant();
			boolean readReceipts = !now.isBefore(this.receiptsReadAt.plus(this.receiptInterval));
			for (Target target : this.desk.all()) {
				if (!target.active()) {
					continue;
				}
				try {
					if (due(target, now)) {
						int packages = this.packager.drain(target);
						this.targets.packaged(target.code(), now);
						if (packages > 0) {
							log.info("Sent {} package(s) to {}", packages, target.code());
						}
					}
					if (readReceipts) {
						this.receipts.read(target);
					}
				}
				catch (RuntimeException ex) {
					// one target's trouble must not hold up the others; the next tick
					// tries again
					log.warn("Reporting to {} failed this turn: {}", target.code(), ex.toString());
				}
			}
			if (readReceipts) {
				this.receiptsReadAt = now;
			}
		});
	}

	@Scheduled(initialDelayString = "${gongxin.exchange.initial-delay:PT20S}",
			fixedDelayString = "${gongxin.exchange.deadline-check:PT1H}")
	void deadlines() {
		SystemActor.runAs("exchange", this::announceBehind);
	}

	/** Announces each target past its deadline, once a day; returns how many. */
	int announceBehind() {
		LocalDate today = LocalDate.now(this.clock);
		int announced = 0;
		for (Target target : this.desk.all()) {
			TargetStatus status = this.desk.status(target);
			if (!status.behind()) {
				continue;
			}
			Boolean first = this.transactions.execute(tx -> {
				if (!this.targets.noticeBehind(target.code(), today)) {
					return false;
				}
				this.events.publishEvent(new TargetBehind(target.code(), target.name(), status.overdue(),
						status.oldestOverdueOn(), today));
				return true;
			});
			if (Boolean.TRUE.equals(first)) {
				announced++;
				log.warn("Reporting target {} is behind: {} item(s) past the statutory deadline", target.code(),
						status.overdue());
			}
		}
		return announced;
	}

	private boolean due(Target target, Instant now) {
		Instant last = this.targets.bookkeeping(target.code()).lastPackagedAt();
		return last == null || !now.isBefore(last.plus(Duration.ofMinutes(target.intervalMinutes())));
	}

}
