package io.gongxin.outbox;

import java.net.URI;
import java.time.Instant;

/** A registered webhook endpoint, without its secret. */
public record Endpoint(long id, String name, URI url, String ownerRef, String departmentCode, boolean active,
		Instant createdAt) {

}
