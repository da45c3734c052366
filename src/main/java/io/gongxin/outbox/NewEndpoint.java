package io.gongxin.outbox;

import java.net.URI;
import java.util.Objects;

/**
 * A webhook endpoint to register.
 *
 * @param name what officers see on the operations page (简体中文)
 * @param url where messages are POSTed (http or https)
 * @param ownerRef who registered it, e.g. {@code subscription:42}
 * @param departmentCode the department (or bank) that receives, {@code null} for the
 * credit office's own systems
 */
public record NewEndpoint(String name, URI url, String ownerRef, String departmentCode) {

	public NewEndpoint {
		Objects.requireNonNull(url, "url");
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("an endpoint needs a name");
		}
		if (ownerRef == null || ownerRef.isBlank()) {
			throw new IllegalArgumentException("an endpoint needs an owner");
		}
	}

}
