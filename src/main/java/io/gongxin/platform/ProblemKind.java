package io.gongxin.platform;

import org.springframework.http.HttpStatus;

/**
 * What went wrong, in terms a client can act on. Each kind maps to exactly one HTTP
 * status, so domain code never talks HTTP.
 */
public enum ProblemKind {

	/** The request itself is malformed or incomplete. */
	BAD_REQUEST(HttpStatus.BAD_REQUEST),
	/** The caller is not allowed to do this, although authenticated. */
	FORBIDDEN(HttpStatus.FORBIDDEN),
	/** The thing asked for does not exist. */
	NOT_FOUND(HttpStatus.NOT_FOUND),
	/** The request clashes with the current state (duplicate, stale version). */
	CONFLICT(HttpStatus.CONFLICT),
	/** The request is well-formed but breaks a domain rule. */
	RULE_VIOLATION(HttpStatus.UNPROCESSABLE_CONTENT),
	/** Too many attempts. */
	TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS),
	/**
	 * The platform cannot do it right now (a store is unreachable); asking again later
	 * may succeed.
	 */
	UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE);

	private final HttpStatus status;

	ProblemKind(HttpStatus status) {
		this.status = status;
	}

	public HttpStatus status() {
		return this.status;
	}

}
