package io.gongxin.platform;

import java.util.Map;
import java.util.Objects;

/**
 * A failure the domain expects and can name. The code (for example {@code GX-ID-001}) is
 * stable: clients and operators may rely on it; the message is for people.
 */
public class DomainException extends RuntimeException {

	private final String code;

	private final ProblemKind kind;

	private final Map<String, Object> details;

	public DomainException(String code, ProblemKind kind, String message) {
		this(code, kind, message, Map.of());
	}

	public DomainException(String code, ProblemKind kind, String message, Map<String, Object> details) {
		super(message);
		this.code = Objects.requireNonNull(code, "code");
		this.kind = Objects.requireNonNull(kind, "kind");
		this.details = Map.copyOf(details);
	}

	public String code() {
		return this.code;
	}

	public ProblemKind kind() {
		return this.kind;
	}

	/** Extra machine-readable facts added to the problem document. */
	public Map<String, Object> details() {
		return this.details;
	}

}
