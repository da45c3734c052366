package io.gongxin.outbox.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Carries one signed message to its receiver. The workers decide what the answer means
 * (2xx delivered, anything else retried); the transport only moves bytes, so that the
 * outbox's own bookkeeping can be measured apart from the network (see the outbox bench).
 */
interface Transport {

	/**
	 * Completes with the receiver's HTTP status, or exceptionally when no answer came.
	 */
	CompletableFuture<Integer> post(URI url, Map<String, String> headers, String body, Duration timeout);

}
