package io.gongxin.outbox.internal;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.outbox.Endpoint;
import io.gongxin.outbox.IssuedEndpoint;
import io.gongxin.outbox.NewEndpoint;
import io.gongxin.outbox.Outbox;
import io.gongxin.outbox.OutgoingMessage;
import io.gongxin.outbox.WebhookUrl;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
class DefaultOutbox implements Outbox {

	private final EndpointStore endpoints;

	private final MessageStore messages;

	private final EndpointSecrets secrets;

	private final DeliveryWorkers workers;

	private final AuditLog audit;

	private final Clock clock;

	DefaultOutbox(EndpointStore endpoints, MessageStore messages, EndpointSecrets secrets, DeliveryWorkers workers,
			AuditLog audit, Clock clock) {
		this.endpoints = endpoints;
		this.messages = messages;
		this.secrets = secrets;
		this.workers = workers;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public IssuedEndpoint registerEndpoint(NewEndpoint endpoint) {
		URI url = WebhookUrl.check(endpoint.url());
		String secret = this.secrets.generate();
		long id = this.endpoints.insert(endpoint.name(), url, endpoint.ownerRef(), endpoint.departmentCode(),
				this.secrets.seal(secret), this.clock.instant());
		this.audit.record(AuditEntry.change("outbox.endpoint.register", "outbox-endpoint", Long.toString(id))
			.after(url.toString())
			.details(endpoint.ownerRef()));
		return new IssuedEndpoint(id, secret);
	}

	@Override
	@Transactional
	public void retarget(long endpointId, URI url) {
		Endpoint before = require(endpointId);
		URI checked = WebhookUrl.check(url);
		this.endpoints.update(endpointId, "url", checked.toString(), this.clock.instant());
		this.audit.record(AuditEntry.change("outbox.endpoint.retarget", "outbox-endpoint", Long.toString(endpointId))
			.before(before.url().toString())
			.after(checked.toString()));
	}

	@Override
	@Transactional
	public IssuedEndpoint rotateSecret(long endpointId) {
		require(endpointId);
		String secret = this.secrets.generate();
		this.endpoints.update(endpointId, "secret", this.secrets.seal(secret), this.clock.instant());
		this.audit
			.record(AuditEntry.change("outbox.endpoint.rotate-secret", "outbox-endpoint", Long.toString(endpointId)));
		return new IssuedEndpoint(endpointId, secret);
	}

	@Override
	@Transactional
	public void setActive(long endpointId, boolean active) {
		require(endpointId);
		this.endpoints.update(endpointId, "active", active, this.clock.instant());
		this.audit.record(AuditEntry.change(active ? "outbox.endpoint.resume" : "outbox.endpoint.pause",
				"outbox-endpoint", Long.toString(endpointId)));
		if (active) {
			wakeAfterCommit();
		}
	}

	@Override
	public Optional<Endpoint> endpoint(long endpointId) {
		return this.endpoints.find(endpointId);
	}

	@Override
	public io.gongxin.outbox.EndpointHealth health(long endpointId, java.time.Instant since) {
		return this.messages.health(endpointId, since);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Long> enqueue(long endpointId, OutgoingMessage message) {
		Optional<Long> id = Optional.ofNullable(this.messages.insertOne(endpointId, message, this.clock.instant()));
		id.ifPresent(ignored -> wakeAfterCommit());
		return id;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int enqueueAll(long endpointId, List<OutgoingMessage> batch) {
		int inserted = this.messages.insert(endpointId, batch, this.clock.instant());
		if (inserted > 0) {
			wakeAfterCommit();
		}
		return inserted;
	}

	Endpoint require(long endpointId) {
		return this.endpoints.find(endpointId)
			.orElseThrow(() -> new DomainException("GX-OUT-001", ProblemKind.NOT_FOUND, "No such webhook endpoint.",
					Map.of("endpoint", Long.toString(endpointId))));
	}

	private void wakeAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					DefaultOutbox.this.workers.wake();
				}
			});
		}
		else {
			this.workers.wake();
		}
	}

}
