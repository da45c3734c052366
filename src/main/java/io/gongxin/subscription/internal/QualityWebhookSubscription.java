package io.gongxin.subscription.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

import io.gongxin.outbox.Outbox;
import io.gongxin.platform.PrivateFiles;
import io.gongxin.platform.SystemActor;
import io.gongxin.quality.QualityTargets;
import io.gongxin.subscription.CreatedSubscription;
import io.gongxin.subscription.Delivery;
import io.gongxin.subscription.NewSubscription;
import io.gongxin.subscription.Purpose;
import io.gongxin.subscription.SubscriberKind;
import io.gongxin.subscription.SubscriptionFilter;
import io.gongxin.subscription.Subscriptions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code gongxin.quality.webhook-url}, the quality notices' old setting, made a credit
 * office subscription to {@code quality.notice-raised}: created once, its URL kept in
 * step with the setting, its signing secret written once to
 * {@code quality-webhook.secret} in the key directory for the receiver's operator.
 */
@Component
class QualityWebhookSubscription {

	static final String OWNER = "config:gongxin.quality.webhook-url";

	private static final Logger log = LoggerFactory.getLogger(QualityWebhookSubscription.class);

	private final QualityTargets settings;

	private final Subscriptions subscriptions;

	private final SubscriptionDesk desk;

	private final Outbox outbox;

	private final Path secretFile;

	QualityWebhookSubscription(QualityTargets settings, Subscriptions subscriptions, SubscriptionDesk desk,
			Outbox outbox, @Value("${gongxin.keys.directory:data/keys}") Path keys) {
		this.settings = settings;
		this.subscriptions = subscriptions;
		this.desk = desk;
		this.outbox = outbox;
		this.secretFile = keys.resolve("quality-webhook.secret");
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensure() {
		if (this.settings.webhookUrl().isBlank()) {
			return;
		}
		URI url = URI.create(this.settings.webhookUrl().strip());
		SystemActor.runAs("quality-webhook-setting", () -> this.desk.byOwnerRef(OWNER).ifPresentOrElse(existing -> {
			if (existing.endpointId() != null) {
				this.outbox.endpoint(existing.endpointId())
					.filter(endpoint -> !endpoint.url().equals(url))
					.ifPresent(endpoint -> this.outbox.retarget(endpoint.id(), url));
			}
		}, () -> {
			CreatedSubscription created = this.subscriptions.create(new NewSubscription(SubscriberKind.CREDIT_OFFICE,
					null, "信用办（数据质量通知）", Set.of(FeedWriter.QUALITY_NOTICE), SubscriptionFilter.ALL, Purpose.QUALITY,
					Delivery.WEBHOOK, url), OWNER);
			writeSecret(created.signingSecret());
		}));
	}

	private void writeSecret(String secret) {
		try {
			PrivateFiles.write(this.secretFile, secret);
			log.info("Quality notices go to {} by subscription; its signing secret is in {}",
					this.settings.webhookUrl(), this.secretFile.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the quality webhook secret to " + this.secretFile, ex);
		}
	}

}
