package io.gongxin.exchange.internal;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/** Checks of request bodies shared by the exchange controllers. */
final class Requests {

	private Requests() {
	}

	/** A missing ({@code null}) body is a bad request, not a server error. */
	static <T> T required(T body) {
		if (body == null) {
			throw new DomainException("GX-REQ-001", ProblemKind.BAD_REQUEST, "The request needs a body.");
		}
		return body;
	}

}
