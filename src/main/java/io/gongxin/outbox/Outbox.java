package io.gongxin.outbox;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing messages that are never lost: what a capability calls, inside its own
 * transaction, to send something to a system outside the platform.
 */
public interface Outbox {

	/**
	 * Registers a webhook endpoint. The signing secret is in the answer and nowhere else
	 * the caller can read it later: show it once.
	 */
	IssuedEndpoint registerEndpoint(NewEndpoint endpoint);

	/** Points the endpoint at another URL (fixing a wrong target); audited. */
	void retarget(long endpointId, URI url);

	/**
	 * Issues a new signing secret (returned once) and signs every later delivery with it.
	 */
	IssuedEndpoint rotateSecret(long endpointId);

	/** Stops or resumes deliveries to the endpoint; messages wait meanwhile. */
	void setActive(long endpointId, boolean active);

	Optional<Endpoint> endpoint(long endpointId);

	/**
	 * Writes a message for the endpoint in the caller's transaction (there must be one).
	 * Returns the message id, or empty when the endpoint already has a message with this
	 * idempotency key: enqueueing twice never sends twice.
	 */
	Optional<Long> enqueue(long endpointId, OutgoingMessage message);

	/** {@link #enqueue} for many messages at once; returns how many were new. */
	int enqueueAll(long endpointId, List<OutgoingMessage> messages);

	/**
	 * Pending and dead messages of the endpoint, failed attempts since the given time and
	 * the last error.
	 */
	EndpointHealth health(long endpointId, java.time.Instant since);

}
